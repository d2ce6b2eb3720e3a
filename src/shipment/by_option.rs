//! A shipment's footprint on every fuel option of a scenario file: the corridor report's
//! pipeline (the scenario's service, sailed once per option and ship group) seen by one
//! cargo owner.
//!
//! For each fuel option, the first ship group's voyage (the one the corridor report tables)
//! carries the shipment under the scenario's own load factor; the TOC, hubs and basis are the
//! caller's. Each footprint is exactly [`shipment_footprint`] on that option's voyage.

use serde::Serialize;

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::scenario::Scenario;
use crate::shipment::footprint::{
    ContainerShipment, SeaToc, ShipmentFootprint, TerminalHub, shipment_footprint,
};

/// The footprint of a shipment on one fuel option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionFootprint {
    /// The fuel option's name.
    pub option: String,
    /// Its note (e.g. illustrative certificates).
    pub note: Option<String>,
    /// The vessel of the ship group used.
    pub vessel: String,
    /// The footprint.
    pub footprint: ShipmentFootprint,
}

/// `shipment`'s footprint on every fuel option of `scenario` (see the module docs). The TOC's
/// load is replaced by the scenario's (`[load]`), so that the footprint uses the same
/// utilisation as the corridor report.
///
/// Errors: the scenario run's (a basis that cannot account an option's fuels), an option
/// without ship groups (`fuel_options[i]`), and [`shipment_footprint`]'s.
pub fn footprints_by_option(
    scenario: &Scenario,
    basis: &AccountingBasis,
    toc: &SeaToc,
    hubs: &[TerminalHub],
    shipment: &ContainerShipment,
) -> Result<Vec<OptionFootprint>> {
    let run = scenario.run(std::slice::from_ref(basis))?;
    let toc = SeaToc {
        load: scenario.load(),
        ..toc.clone()
    };
    let mut out = Vec::with_capacity(run.options.len());
    for (i, o) in run.options.iter().enumerate() {
        let g = o.groups.first().ok_or_else(|| Error::Empty {
            field: format!("fuel_options[{i}]"),
            expected: "at least one ship group".into(),
        })?;
        let footprint = shipment_footprint(&g.voyage, basis, &toc, hubs, shipment)?;
        out.push(OptionFootprint {
            option: o.name.clone(),
            note: o.note.clone(),
            vessel: g.vessel.clone(),
            footprint,
        });
    }
    Ok(out)
}
