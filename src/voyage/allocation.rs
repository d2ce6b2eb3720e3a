//! Allocation of a voyage's emissions to one shipment.
//!
//! A shipment of n TEU (or m t) from port A to port B on the rotation sails the legs from A
//! to B. Each leg's emissions — its sea passage plus half of each adjacent port call (the
//! whole call at the ends of a one-way voyage) — are shared among the cargo on board by
//! transport work (ISO 14083:2023 / GLEC v3: allocation by mass × distance, or TEU ×
//! distance for containers):
//!
//! `E_shipment = Σ_{legs A→B} E_leg · q / Q`
//!
//! with q the shipment (TEU or t) and Q the cargo on board at the load factor (the same on
//! every leg). Shipments of the whole load on every leg add up to the voyage total.

use serde::{Deserialize, Serialize};

use crate::emissions::Emissions;
use crate::error::{Error, Result};
use crate::route::port;
use crate::units::{Length, LengthExt, Mass, MassExt, nautical_miles};
use crate::voyage::data::KM_PER_NM;
use crate::voyage::plan::{Rotation, Voyage};
use crate::voyage::report::{VoyageReport, add_emissions, scale_emissions};

/// The size of a shipment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ShipmentSize {
    /// Loaded TEU.
    Teu(f64),
    /// Tonnes of cargo.
    Tonnes(f64),
}

/// A shipment: `size` from port `from` to port `to` of the rotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shipment {
    /// Port of loading (UN/LOCODE, carrier code or name).
    pub from: String,
    /// Port of discharge.
    pub to: String,
    /// How much.
    pub size: ShipmentSize,
}

/// A shipment's share of a voyage's emissions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Allocation {
    /// The legs sailed (indices into the voyage's legs) and the share of each leg allocated.
    pub legs: Vec<(usize, f64)>,
    /// Distance from A to B at sea, nm.
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// Allocated emissions under the report's basis.
    pub emissions: Emissions,
    /// Transport work of the shipment: TEU-km or t-km (per `size`).
    pub transport_work: f64,
    /// gCO2e per TEU-km or per t-km of the shipment.
    pub g_per_unit_km: f64,
}

impl Allocation {
    /// The allocated CO2e under the basis (WtW or TtW).
    pub fn co2e(&self) -> Mass {
        self.emissions.total()
    }
}

impl Voyage {
    /// Allocates `report` (a report of this voyage) to `shipment` (see the module docs).
    ///
    /// Errors: a port not on the rotation (`shipment.from` / `shipment.to`), B not after A on a
    /// one-way voyage, a size that is not positive or exceeds the cargo on board at the load
    /// factor (`shipment.size`), a ship without TEU capacity for a TEU shipment.
    pub fn allocate(&self, report: &VoyageReport, shipment: &Shipment) -> Result<Allocation> {
        if report.legs.len() != self.legs.len() || report.calls.len() != self.calls.len() {
            return Err(Error::OutOfRange {
                field: "report".into(),
                value: report.legs.len() as f64,
                expected: "a report of this voyage".into(),
            });
        }
        let a = port(&shipment.from)
            .map_err(|e| e.rooted("port", "shipment.from"))?
            .locode;
        let b = port(&shipment.to)
            .map_err(|e| e.rooted("port", "shipment.to"))?
            .locode;
        let not_on = |field: &str, code: &str| Error::OutOfRange {
            field: field.into(),
            value: 0.0,
            expected: format!(
                "a port of the rotation ({}), got {code}",
                self.calls
                    .iter()
                    .map(|c| c.port)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let start = self
            .calls
            .iter()
            .position(|c| c.port == a)
            .ok_or_else(|| not_on("shipment.from", a))?;
        if !self.calls.iter().any(|c| c.port == b) || a == b {
            return Err(not_on("shipment.to", b));
        }
        // Legs from A until the leg that arrives in B.
        let n = self.legs.len();
        let mut path = Vec::new();
        let mut i = start;
        for _ in 0..n {
            let Some(leg) = self.legs.get(i) else { break };
            path.push(i);
            if leg.to == b {
                break;
            }
            i = match self.rotation {
                Rotation::Loop => (i + 1) % n,
                Rotation::OneWay => i + 1,
            };
        }
        if path
            .last()
            .and_then(|&i| self.legs.get(i))
            .is_none_or(|l| l.to != b)
        {
            return Err(Error::OutOfRange {
                field: "shipment.to".into(),
                value: 0.0,
                expected: format!("a port after {a} on this one-way rotation, got {b}"),
            });
        }
        let (q, on_board, unit) = match shipment.size {
            ShipmentSize::Teu(t) => (
                t,
                report.cargo.teu.ok_or_else(|| Error::MissingInput {
                    field: "vessel.capacity.teu".into(),
                    expected: "a TEU capacity to allocate a shipment given in TEU".into(),
                })?,
                "TEU",
            ),
            ShipmentSize::Tonnes(t) => (
                t,
                report.cargo.tonnes.ok_or_else(|| Error::MissingInput {
                    field: "vessel.capacity".into(),
                    expected: "a TEU capacity or a deadweight to allocate a shipment in t".into(),
                })?,
                "t",
            ),
        };
        crate::error::in_range(|| "shipment.size".into(), q, 0.0, on_board)?;
        if q == 0.0 || on_board <= 0.0 {
            return Err(Error::OutOfRange {
                field: "shipment.size".into(),
                value: q,
                expected: format!("a positive amount up to the {on_board:.1} {unit} on board"),
            });
        }
        let share = q / on_board;
        let mut emissions = scale_emissions(&report.total.emissions, 0.0);
        let mut nm = 0.0;
        let mut legs = Vec::with_capacity(path.len());
        for &i in &path {
            let (Some(leg_sum), Some(leg)) = (report.legs.get(i), self.legs.get(i)) else {
                continue;
            };
            add_emissions(&mut emissions, &leg_sum.emissions, share);
            for (call, sum) in self.calls.iter().zip(&report.calls) {
                let w = port_weight(call.arrival_leg, call.departure_leg, i);
                if w > 0.0 {
                    add_emissions(&mut emissions, &sum.emissions, share * w);
                }
            }
            nm += leg.distance.nautical_miles();
            legs.push((i, share));
        }
        let work = q * nm * KM_PER_NM;
        let g = emissions.total().tonnes() * 1e6;
        Ok(Allocation {
            legs,
            distance: nautical_miles(nm),
            emissions,
            transport_work: work,
            g_per_unit_km: if work > 0.0 { g / work } else { 0.0 },
        })
    }
}

/// The share of a port call's emissions that goes with leg `i`: ½ to the arriving and ½ to
/// the departing leg; all of it to the only adjacent leg at the ends of a one-way voyage.
pub(crate) fn port_weight(arrival: Option<usize>, departure: Option<usize>, i: usize) -> f64 {
    match (arrival, departure) {
        (Some(a), Some(d)) if a == d => {
            if a == i {
                1.0
            } else {
                0.0
            }
        }
        (Some(a), Some(d)) => 0.5 * f64::from(u8::from(a == i)) + 0.5 * f64::from(u8::from(d == i)),
        (Some(a), None) => f64::from(u8::from(a == i)),
        (None, Some(d)) => f64::from(u8::from(d == i)),
        (None, None) => 0.0,
    }
}
