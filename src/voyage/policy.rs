//! Which fuels a voyage burns inside and outside emission control areas.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fuel::PathwayId;
use crate::vessel::{FuelSelection, Vessel};

/// The fuel policy of a voyage with respect to emission control areas (ECAs).
///
/// Inside an ECA a ship must burn fuel of at most 0.10 % m/m sulphur (MARPOL Annex VI
/// Reg. 14.4; since 1 Jan 2015 in every SOx ECA, `docs/data-sources.md`, "MARPOL Annex VI —
/// sulphur limits and ECAs") or clean its exhaust to an equivalent level (Reg. 4, scrubbers).
/// Outside, the global cap is 0.50 % (since 1 Jan 2020). A voyage either switches fuel at the
/// boundary or burns one compliant fuel everywhere:
///
/// * [`EcaFuelPolicy::Switch`]: `outside` outside every ECA (e.g. VLSFO) and `inside` inside
///   (e.g. MGO). The in-ECA part of each leg burns `inside`; so do the port phases in a port
///   that lies in an ECA, and the berth phase in an EU/EEA port (0.10 % at berth, Directive
///   (EU) 2016/802 Art. 7).
/// * [`EcaFuelPolicy::Single`]: one selection everywhere — a compliant fuel (MGO, LNG,
///   methanol, ammonia) or HFO with a scrubber (the scrubber's own power is not modelled).
///
/// California's 24-nm distillate rule (CARB OGV Fuel Regulation, no scrubber equivalence) is
/// not modelled separately: on the corridor it lies inside the North American ECA, where the
/// `inside` fuel already burns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum EcaFuelPolicy {
    /// One fuel selection everywhere.
    Single {
        /// Fuels of the main engine, auxiliary engines and boiler.
        fuels: FuelSelection,
    },
    /// Switch at the ECA boundary.
    Switch {
        /// Fuels outside ECAs.
        outside: FuelSelection,
        /// Fuels inside ECAs (and at berth in EU/EEA ports).
        inside: FuelSelection,
    },
}

impl EcaFuelPolicy {
    /// One fuel selection everywhere.
    pub fn single(fuels: FuelSelection) -> Self {
        EcaFuelPolicy::Single { fuels }
    }

    /// `outside` outside ECAs, `inside` inside.
    pub fn switching(outside: FuelSelection, inside: FuelSelection) -> Self {
        EcaFuelPolicy::Switch { outside, inside }
    }

    /// The common case: `outside` (e.g. VLSFO) in every converter outside ECAs and MGO in
    /// every converter inside.
    pub fn oil_with_mgo_in_eca(outside: PathwayId) -> Self {
        EcaFuelPolicy::Switch {
            outside: FuelSelection::all(outside),
            inside: FuelSelection::all(PathwayId::MdoMgo),
        }
    }

    /// The vessel's default fuels everywhere.
    pub fn vessel_default(vessel: &Vessel) -> Self {
        EcaFuelPolicy::Single {
            fuels: vessel.spec().fuels.clone(),
        }
    }

    /// The fuels burned inside (`true`) or outside an ECA.
    pub fn fuels(&self, in_eca: bool) -> &FuelSelection {
        match self {
            EcaFuelPolicy::Single { fuels } => fuels,
            EcaFuelPolicy::Switch { outside, inside } => {
                if in_eca {
                    inside
                } else {
                    outside
                }
            }
        }
    }

    /// Checks that the vessel's converters can burn every fuel of the policy; errors name
    /// `{field}.outside.main`, `{field}.fuels.boiler`, ….
    pub fn check(&self, vessel: &Vessel, field: &str) -> Result<()> {
        match self {
            EcaFuelPolicy::Single { fuels } => vessel.check_fuels(fuels, &format!("{field}.fuels")),
            EcaFuelPolicy::Switch { outside, inside } => {
                vessel.check_fuels(outside, &format!("{field}.outside"))?;
                vessel.check_fuels(inside, &format!("{field}.inside"))
            }
        }
    }
}
