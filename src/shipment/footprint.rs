//! A container shipment's footprint under ISO 14083:2023 and the GLEC Framework v3: the
//! transport chain as elements (TCEs), each computed from a transport operation category
//! (TOC, the sea leg) or a hub operation category (HOC, a terminal), with WtT, TtW and WtW
//! apart. The data shapes follow the iLEAP Technical Specifications v1.0.0 (SFC / WBCSD PACT
//! extension: `ShipmentFootprint`, `TCE`, `TOC`, `HOC`), with the crate's own units in the
//! field names; `docs/shipment.md` gives the mapping.
//!
//! **Sea TOC** (the service's voyage, sailed once by the crate's vessel model):
//!
//! * on-board TEU = TEU capacity × slot utilisation u; loaded TEU Q = on-board × (1 − s_e),
//!   s_e the share of on-board TEU that are empty containers. Empty containers are transport
//!   equipment, not freight (iLEAP `TCE.mass` excludes the operator's equipment): their
//!   carriage is empty running, which a TOC includes and spreads over its freight.
//! * TOC transport activity A = Q × D, D = the voyage's distance (km); intensity
//!   I = E_voyage / A for WtT, TtW and WtW separately (g CO2e / TEU-km), E_voyage the whole
//!   voyage (sea, anchor, manoeuvring, berth) under the basis. Per tonne:
//!   I_t = E_voyage / (Q × m_TEU × D), m_TEU the load's tonnes per loaded TEU.
//!
//! **Sea TCE**: E = I × n_TEU × d (TEU allocation, the iLEAP `TEUkm` unit for sea) or
//! I_t × m × d (mass allocation), d the shortest feasible distance of the legs from the port
//! of loading to the port of discharge on the voyage's routes.
//!
//! **Reefer**: a temperature-controlled shipment is its own TOC (iLEAP
//! `temperatureControl = refrigerated`): the dry intensity plus the plug energy P_r × n_TEU ×
//! t_sea (P_r kW per TEU, default 2.7 kW/TEU, Fitzgerald et al. 2011) at the auxiliary
//! engines' own WtT/TtW per kWh on those legs. The Table 17 auxiliary load already holds an
//! average reefer share, so the dry intensity is slightly high (stated in the notes).
//!
//! **Hub TCE**: E = n_TEU × (e_el × I_grid + fuel terms of m_diesel under the basis), per TEU
//! handled (iLEAP HOC `hubActivityUnit = TEU`); the terminal's energy per TEU is the user's
//! (primary data, or a published default, flagged as such).

use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::fuel::{ConverterClass, PathwayId};
use crate::ledger::{FuelLedger, ScopeShare};
use crate::port::GridIntensity;
use crate::units::{EnergyExt, IntensityExt, LengthExt, Mass, MassExt, TimeExt, tonnes};
use crate::vessel::Consumer;
use crate::voyage::data::KM_PER_NM;
use crate::voyage::{LoadFactor, Shipment, ShipmentSize, Voyage, VoyagePhase};

/// Mean power of an integral reefer container, kW per TEU: 2.7 (Fitzgerald, Howitt, Smith &
/// Hume 2011, *Energy use of integral refrigerated containers in maritime transportation*,
/// Energy Policy 39(4) 1885–1896, abstract: "a mean energy consumption rate of 2.7 kW/TEU",
/// ± 60 %). SINGLE.
pub const REEFER_KW_PER_TEU: f64 = 2.7;

/// Mass of an empty container per TEU, t: 2 (IMO MEPC.1/Circ.684, EEOI guidelines, annex:
/// "2 t per empty TEU"; `docs/data-sources.md`, "IMO EEOI — mass per TEU"). An empty container
/// shipped is freight whose mass is the container's (GLEC Framework v3, Module 1, p. 23).
pub const TONNES_PER_EMPTY_TEU: f64 = 2.0;

/// GLEC Framework v3 (updated 2 April 2024), Module 2, Table 3 "Logistics hubs emission
/// intensity values" (p. 87; Fraunhofer IML / GILA project, medians): maritime container
/// terminals, **ambient 10.7 kg CO2e per container** (sample of 15 terminals).
pub const GLEC_V3_CONTAINER_TERMINAL_AMBIENT_KG: f64 = 10.7;

/// The same table: maritime container terminals, **temperature-controlled 12.6 kg CO2e per
/// container** (sample of 15).
pub const GLEC_V3_CONTAINER_TERMINAL_TEMPERATURE_CONTROLLED_KG: f64 = 12.6;

/// Largest reefer power accepted, kW per TEU (a bound against unit mistakes).
const MAX_REEFER_KW_PER_TEU: f64 = 20.0;

/// ISO 14083:2023 data categories (the iLEAP "primary / secondary" split, with secondary data
/// divided into modelled and default values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataQuality {
    /// Default values from a published source (lowest specificity).
    Default,
    /// Modelled from activity data (the crate's voyage model).
    Modelled,
    /// Measured primary data of the operator.
    Primary,
}

/// Container sizes, in TEU (iLEAP `PackagingOrTrEqType`: a 40-ft box is 2 TEU, a 45-ft 2.25).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    /// 20-ft container, 1 TEU.
    Teu20,
    /// 40-ft container (FEU), 2 TEU.
    Feu40,
    /// 45-ft container, 2.25 TEU.
    Ft45,
}

impl Equipment {
    /// TEU per container.
    pub fn teu(self) -> f64 {
        match self {
            Equipment::Teu20 => 1.0,
            Equipment::Feu40 => 2.0,
            Equipment::Ft45 => 2.25,
        }
    }
}

/// How a TOC's emissions are shared among its freight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AllocationUnit {
    /// By TEU × distance (container ships; iLEAP `TEUkm`).
    Teu,
    /// By freight mass × distance (t-km).
    Tonne,
}

/// A container shipment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ContainerShipment {
    /// Shipment identifier.
    pub id: String,
    /// Port of loading (UN/LOCODE or name).
    pub from: String,
    /// Port of discharge.
    pub to: String,
    /// Container size.
    pub equipment: Equipment,
    /// Number of containers (> 0).
    pub containers: f64,
    /// Freight mass with the shipper's packaging, excluding the container (serialised in t as
    /// `cargo_mass_t`).
    #[serde(rename = "cargo_mass_t", with = "crate::units::serde_as::tonnes")]
    pub cargo_mass: Mass,
    /// Temperature-controlled (reefer).
    pub reefer: bool,
    /// Empty containers shipped on behalf of the user (repositioning): freight in their own
    /// right, of mass [`TONNES_PER_EMPTY_TEU`] per TEU (GLEC v3 Module 1, pp. 23–24);
    /// `cargo_mass` must then be 0.
    #[serde(default)]
    pub empty: bool,
}

crate::numeric::validated_serde!(ContainerShipment, |s| s.validate());

impl ContainerShipment {
    /// TEU of the shipment.
    pub fn teu(&self) -> f64 {
        self.equipment.teu() * self.containers
    }

    /// The freight mass: the cargo, or for empty containers their own mass (2 t per TEU).
    pub fn freight_mass(&self) -> Mass {
        if self.empty {
            tonnes(TONNES_PER_EMPTY_TEU * self.teu())
        } else {
            self.cargo_mass
        }
    }

    fn validate(&self) -> Result<()> {
        crate::error::in_range(|| "shipment.containers".into(), self.containers, 0.0, 1e5)?;
        if self.containers == 0.0 {
            return Err(Error::OutOfRange {
                field: "shipment.containers".into(),
                value: 0.0,
                expected: "a positive number of containers".into(),
            });
        }
        crate::error::in_range(
            || "shipment.cargo_mass_t".into(),
            self.cargo_mass.tonnes(),
            0.0,
            1e6,
        )?;
        if self.empty && self.cargo_mass.tonnes() > 0.0 {
            return Err(Error::OutOfRange {
                field: "shipment.cargo_mass_t".into(),
                value: self.cargo_mass.tonnes(),
                expected: "0 for empty containers (their freight mass is their own, 2 t/TEU)"
                    .into(),
            });
        }
        if self.empty && self.reefer {
            return Err(Error::OutOfRange {
                field: "shipment.reefer".into(),
                value: 1.0,
                expected: "an empty container carried without refrigeration".into(),
            });
        }
        Ok(())
    }
}

/// The sea TOC's parameters: the service (the voyage), its load and empty running.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct SeaToc {
    /// TOC identifier.
    pub id: String,
    /// Slot utilisation and tonnes per loaded TEU.
    pub load: LoadFactor,
    /// Share of on-board TEU that are empty containers (0 ≤ s < 1). They are consignments in
    /// their own right (GLEC v3): they count in the TOC's TEU-km, and in its t-km at 2 t per
    /// TEU.
    pub empty_container_share: f64,
    /// Reefer plug power, kW per TEU ([`REEFER_KW_PER_TEU`]).
    pub reefer_kw_per_teu: f64,
    /// Allocation unit.
    pub allocation: AllocationUnit,
    /// Grid of the shore power taken at berth, by port (UN/LOCODE); a port not listed uses
    /// [`GridIntensity::for_port`], and a port with neither is an error.
    #[serde(default)]
    pub shore_power_grids: Vec<(String, GridIntensity)>,
}

crate::numeric::validated_serde!(SeaToc, |t| t.validate());

impl SeaToc {
    /// A TOC with the given load, no empty containers, the default reefer power and TEU
    /// allocation.
    pub fn new(id: &str, load: LoadFactor) -> Self {
        Self {
            id: id.to_string(),
            load,
            empty_container_share: 0.0,
            reefer_kw_per_teu: REEFER_KW_PER_TEU,
            allocation: AllocationUnit::Teu,
            shore_power_grids: Vec::new(),
        }
    }

    /// The grid of shore power at `port`.
    fn shore_grid(&self, port: &str) -> Result<GridIntensity> {
        if let Some((_, g)) = self.shore_power_grids.iter().find(|(p, _)| p == port) {
            g.validate()
                .map_err(|e| e.rooted("grid", &format!("toc.shore_power_grids.{port}")))?;
            return Ok(g.clone());
        }
        GridIntensity::for_port(port).ok_or_else(|| Error::MissingInput {
            field: format!("toc.shore_power_grids.{port}"),
            expected: format!(
                "a grid intensity for the shore power taken at {port} (no built-in grid)"
            ),
        })
    }

    fn validate(&self) -> Result<()> {
        LoadFactor::new(self.load.utilisation, self.load.tonnes_per_teu)
            .map_err(|e| e.rooted("load", "toc.load"))?;
        crate::error::in_range(
            || "toc.empty_container_share".into(),
            self.empty_container_share,
            0.0,
            1.0,
        )?;
        if self.empty_container_share >= 1.0 {
            return Err(Error::OutOfRange {
                field: "toc.empty_container_share".into(),
                value: self.empty_container_share,
                expected: "a share below 1 (some loaded containers on board)".into(),
            });
        }
        crate::error::in_range(
            || "toc.reefer_kw_per_teu".into(),
            self.reefer_kw_per_teu,
            0.0,
            MAX_REEFER_KW_PER_TEU,
        )?;
        Ok(())
    }
}

/// What a terminal's emissions are computed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum HubOperation {
    /// The terminal's energy per TEU handled: grid electricity (cranes, yard reefer plugs,
    /// lighting; WtT at the grid) and gas oil (straddle carriers, yard tractors; WtT and TtW
    /// under the basis).
    Energy {
        /// kWh per TEU.
        electricity_kwh_per_teu: f64,
        /// kg per TEU.
        diesel_kg_per_teu: f64,
        /// The terminal's grid.
        grid: GridIntensity,
    },
    /// The GLEC v3 default per container handled (Table 3): 10.7 kg CO2e ambient, 12.6 kg
    /// temperature-controlled (chosen by the shipment's `reefer`). A total: GLEC gives no
    /// WtT/TtW split, so it is reported as `unsplit_kg`.
    GlecV3Default,
}

/// A container terminal's hub operation (an iLEAP HOC of type `MaritimeContainerTerminal`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct TerminalHub {
    /// HOC identifier.
    pub id: String,
    /// The terminal's port (UN/LOCODE).
    pub port: String,
    /// What the emissions are computed from.
    pub operation: HubOperation,
    /// What the figures are.
    pub data_quality: DataQuality,
    /// Where they come from.
    pub source: String,
}

crate::numeric::validated_serde!(TerminalHub, |h| h.validate("hub"));

impl TerminalHub {
    /// A terminal at `port` with the GLEC v3 default intensity (data quality `default`).
    pub fn glec_v3_default(id: &str, port: &str) -> Self {
        Self {
            id: id.to_string(),
            port: port.to_string(),
            operation: HubOperation::GlecV3Default,
            data_quality: DataQuality::Default,
            source: "GLEC Framework v3 (2024 update), Module 2, Table 3, maritime container \
                terminals: 10.7 kg CO2e/container ambient, 12.6 temperature-controlled \
                (Fraunhofer IML medians, 15 terminals each)"
                .into(),
        }
    }

    fn validate(&self, field: &str) -> Result<()> {
        match &self.operation {
            HubOperation::Energy {
                electricity_kwh_per_teu,
                diesel_kg_per_teu,
                grid,
            } => {
                crate::error::in_range(
                    || format!("{field}.electricity_kwh_per_teu"),
                    *electricity_kwh_per_teu,
                    0.0,
                    1_000.0,
                )?;
                crate::error::in_range(
                    || format!("{field}.diesel_kg_per_teu"),
                    *diesel_kg_per_teu,
                    0.0,
                    100.0,
                )?;
                grid.validate()
                    .map_err(|e| e.rooted("grid", &format!("{field}.grid")))
            }
            HubOperation::GlecV3Default => Ok(()),
        }
    }
}

/// WtT, TtW and WtW of an element, kg CO2e.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Co2eKg {
    /// Well-to-tank (energy provision), kg CO2e.
    pub wtt_kg: f64,
    /// Tank-to-wake (operation), kg CO2e.
    pub ttw_kg: f64,
    /// Emissions known only as a WtW total (a default without a WtT/TtW split), kg CO2e.
    pub unsplit_kg: f64,
    /// Well-to-wake, kg CO2e = `wtt_kg + ttw_kg + unsplit_kg`.
    pub wtw_kg: f64,
}

impl Co2eKg {
    fn scaled(self, f: f64) -> Self {
        Self {
            wtt_kg: self.wtt_kg * f,
            ttw_kg: self.ttw_kg * f,
            unsplit_kg: self.unsplit_kg * f,
            wtw_kg: self.wtw_kg * f,
        }
    }
    fn plus(self, o: Self) -> Self {
        Self {
            wtt_kg: self.wtt_kg + o.wtt_kg,
            ttw_kg: self.ttw_kg + o.ttw_kg,
            unsplit_kg: self.unsplit_kg + o.unsplit_kg,
            wtw_kg: self.wtw_kg + o.wtw_kg,
        }
    }
    fn of(e: &crate::emissions::Emissions) -> Self {
        Self {
            wtt_kg: e.well_to_tank.tonnes() * 1e3,
            ttw_kg: e.tank_to_wake.tonnes() * 1e3,
            unsplit_kg: 0.0,
            wtw_kg: e.total().tonnes() * 1e3,
        }
    }
    fn wtt(kg: f64) -> Self {
        Self {
            wtt_kg: kg,
            ttw_kg: 0.0,
            unsplit_kg: 0.0,
            wtw_kg: kg,
        }
    }
}

/// Intensities of a TOC, g CO2e per unit of transport activity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TocIntensity {
    /// WtT, g CO2e/TEU-km.
    pub wtt_g_per_teu_km: f64,
    /// TtW, g CO2e/TEU-km (iLEAP `co2eIntensityTTW`, in g).
    pub ttw_g_per_teu_km: f64,
    /// WtW, g CO2e/TEU-km (iLEAP `co2eIntensityWTW`, in g).
    pub wtw_g_per_teu_km: f64,
    /// WtW, g CO2e/t-km at the load's tonnes per loaded TEU.
    pub wtw_g_per_t_km: f64,
}

/// One energy carrier of a TOC (iLEAP `EnergyCarrier`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnergyCarrier {
    /// The pathway's name, or `electricity` for shore power (iLEAP `energyCarrier`).
    pub energy_carrier: String,
    /// Share of the TOC's energy (iLEAP `relativeShare`).
    pub relative_share: f64,
    /// Energy per TEU-km, MJ (iLEAP `energyConsumption`, unit MJ).
    pub energy_mj_per_teu_km: f64,
    /// WtW factor, g CO2e/MJ (iLEAP `emissionFactorWTW`, in g per MJ).
    pub emission_factor_wtw_g_per_mj: f64,
    /// TtW factor, g CO2e/MJ.
    pub emission_factor_ttw_g_per_mj: f64,
}

/// A transport operation category (iLEAP `TOC`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Toc {
    /// Identifier.
    pub toc_id: String,
    /// Description: service, vessel, rotation, basis.
    pub description: String,
    /// Mode (`"sea"`).
    pub mode: &'static str,
    /// Slot utilisation (iLEAP `loadFactor`).
    pub load_factor: f64,
    /// Share of on-board TEU that are empty containers (empty running of equipment).
    pub empty_container_share: f64,
    /// `ambient` or `refrigerated`.
    pub temperature_control: &'static str,
    /// Energy carriers.
    pub energy_carriers: Vec<EnergyCarrier>,
    /// Intensities.
    pub intensity: TocIntensity,
    /// Transport activity of the TOC, TEU-km (loaded TEU × voyage km).
    pub transport_activity_teu_km: f64,
    /// Unit of the intensities' denominator (`"TEUkm"`).
    pub transport_activity_unit: &'static str,
    /// Data category.
    pub data_quality: DataQuality,
}

/// A hub operation category (iLEAP `HOC`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hoc {
    /// Identifier.
    pub hoc_id: String,
    /// Hub type (`"maritime_container_terminal"`).
    pub hub_type: &'static str,
    /// Port (UN/LOCODE).
    pub hub_location: String,
    /// `ambient` or `refrigerated`.
    pub temperature_control: &'static str,
    /// Intensity per unit of hub activity, kg CO2e (WtT, TtW, unsplit, WtW).
    pub intensity_kg: Co2eKg,
    /// Unit of the denominator: `"TEU"` (energy per TEU) or `"container"` (GLEC default).
    pub hub_activity_unit: &'static str,
    /// What the intensity was computed from.
    pub operation: HubOperation,
    /// Data category.
    pub data_quality: DataQuality,
    /// Source of the energy figures.
    pub source: String,
}

/// One transport chain element (iLEAP `TCE`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tce {
    /// Identifier.
    pub tce_id: String,
    /// The elements immediately before.
    pub prev_tce_ids: Vec<String>,
    /// The TOC used (sea legs).
    pub toc_id: Option<String>,
    /// The HOC used (hubs).
    pub hoc_id: Option<String>,
    /// Shipment identifier.
    pub shipment_id: String,
    /// Freight mass, kg.
    pub mass_kg: f64,
    /// `"Container-TEU"`.
    pub packaging_or_tr_eq_type: &'static str,
    /// TEU.
    pub packaging_or_tr_eq_amount: f64,
    /// Distance (shortest feasible, on the voyage's routes), km; 0 for hubs.
    pub distance_km: f64,
    /// Origin (UN/LOCODE).
    pub origin: String,
    /// Destination (UN/LOCODE).
    pub destination: String,
    /// Transport activity, t-km (iLEAP `transportActivity`).
    pub transport_activity_t_km: f64,
    /// Transport activity, TEU-km.
    pub transport_activity_teu_km: f64,
    /// Emissions.
    pub co2e: Co2eKg,
    /// Part of `co2e` from reefer plug energy (sea elements).
    pub reefer_co2e: Co2eKg,
    /// Data category.
    pub data_quality: DataQuality,
}

/// A shipment's footprint (iLEAP `ShipmentFootprint`, with totals and notes).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShipmentFootprint {
    /// Shipment identifier.
    pub shipment_id: String,
    /// Freight mass, kg.
    pub mass_kg: f64,
    /// TEU.
    pub teu: f64,
    /// The accounting basis (factors, GWP, boundary).
    pub basis: String,
    /// Standards followed.
    pub methodology: &'static str,
    /// The elements, in order.
    pub tces: Vec<Tce>,
    /// The TOCs used.
    pub tocs: Vec<Toc>,
    /// The HOCs used.
    pub hocs: Vec<Hoc>,
    /// Sum over the elements.
    pub total: Co2eKg,
    /// Per TEU of the shipment.
    pub per_teu: Co2eKg,
    /// Per tonne of freight (None for zero mass).
    pub per_tonne: Option<Co2eKg>,
    /// The least specific data category used.
    pub data_quality: DataQuality,
    /// What the footprint does not cover or assumes.
    pub notes: Vec<String>,
}

/// The ISO 14083 / GLEC accounting basis the crate proposes for shipments: the IMO LCA
/// factors (MEPC.391(81)) with IPCC AR6 GWP100 (fossil CH4 29.8, N2O 273; ISO 14083 asks for
/// the latest IPCC values), WtW.
pub fn iso14083_basis() -> Result<AccountingBasis> {
    let mut b = AccountingBasis::imo_lca().with_gwp(crate::fuel::GwpSet::AR6_FOSSIL)?;
    b.name = "ISO 14083 / GLEC v3 (IMO LCA factors, AR6 GWP100, WtW)".into();
    Ok(b)
}

/// The footprint of `shipment` carried on `voyage`, the sea leg by the TOC `toc` and the
/// terminals `hubs` (origin and/or destination), under `basis` (see the module docs).
///
/// Errors (each naming the field and value): a shipment with no containers or a negative or
/// NaN mass (`shipment.*`); a bad TOC (`toc.*`); ports not on the voyage or out of order
/// (`shipment.from`/`shipment.to`); a shipment larger than the loaded TEU on board
/// (`shipment.containers`); a hub at a port that is neither origin nor destination
/// (`hubs[i].port`); a mass allocation with zero cargo mass; a vessel without TEU capacity.
pub fn shipment_footprint(
    voyage: &Voyage,
    basis: &AccountingBasis,
    toc: &SeaToc,
    hubs: &[TerminalHub],
    shipment: &ContainerShipment,
) -> Result<ShipmentFootprint> {
    shipment.validate()?;
    toc.validate()?;
    basis.validate()?;
    let report = voyage.report(basis, &toc.load)?;
    let on_board = report.cargo.teu.ok_or_else(|| Error::MissingInput {
        field: "vessel.capacity.teu".into(),
        expected: "a TEU capacity for a container TOC".into(),
    })?;
    let empties = on_board * toc.empty_container_share;
    let loaded = on_board - empties;
    let teu = shipment.teu();
    let room = if shipment.empty { empties } else { loaded };
    if teu > room {
        return Err(Error::OutOfRange {
            field: "shipment.containers".into(),
            value: shipment.containers,
            expected: format!(
                "at most the {room:.0} {} TEU on board",
                if shipment.empty { "empty" } else { "loaded" }
            ),
        });
    }
    let voyage_km = voyage.distance().nautical_miles() * KM_PER_NM;
    // Every container on board is a consignment, empty ones included (GLEC v3 Module 1).
    let activity = on_board * voyage_km;
    let freight_t = loaded * toc.load.tonnes_per_teu + empties * TONNES_PER_EMPTY_TEU;
    // Shore power at each port's grid, in place of the basis's single shore-power factor.
    let (shore, shore_kwh, mut notes) = shore_power_at_grids(voyage, basis, toc)?;
    let total = Co2eKg::of(&report.total.emissions).plus(shore);
    // kg CO2e per TEU-km (the intensities are reported in g).
    let per_teu_km = total.scaled(1.0 / activity);
    // kg CO2e per t-km of freight on board (cargo of the loaded boxes + the empties' own mass).
    let per_t_km = total.scaled(1.0 / (freight_t * voyage_km));
    let intensity = TocIntensity {
        wtt_g_per_teu_km: per_teu_km.wtt_kg * 1e3,
        ttw_g_per_teu_km: per_teu_km.ttw_kg * 1e3,
        wtw_g_per_teu_km: per_teu_km.wtw_kg * 1e3,
        wtw_g_per_t_km: per_t_km.wtw_kg * 1e3,
    };
    let energy_carriers = carriers(basis, voyage.ledger(), shore_kwh, shore, activity)?;

    // The sea leg: the legs from A to B (validates the ports and the order).
    let alloc = voyage.allocate(
        &report,
        &Shipment {
            from: shipment.from.clone(),
            to: shipment.to.clone(),
            size: ShipmentSize::Teu(teu),
        },
    )?;
    let from = crate::route::port(&shipment.from)?.locode.to_string();
    let to = crate::route::port(&shipment.to)?.locode.to_string();
    let d_km = alloc.distance.nautical_miles() * KM_PER_NM;
    let mass_t = shipment.freight_mass().tonnes();
    let sea = match toc.allocation {
        AllocationUnit::Teu => per_teu_km.scaled(teu * d_km),
        AllocationUnit::Tonne => {
            if mass_t <= 0.0 {
                return Err(Error::OutOfRange {
                    field: "shipment.cargo_mass_t".into(),
                    value: mass_t,
                    expected: "a positive mass for a mass (t-km) allocation".into(),
                });
            }
            per_t_km.scaled(mass_t * d_km)
        }
    };
    let legs: Vec<usize> = alloc.legs.iter().map(|(i, _)| *i).collect();
    let reefer = if shipment.reefer {
        let (per_kwh, hours) = auxiliary_per_kwh(voyage, basis, &legs)?;
        per_kwh.scaled(toc.reefer_kw_per_teu * teu * hours)
    } else {
        Co2eKg::default()
    };
    let mut tocs = vec![Toc {
        toc_id: toc.id.clone(),
        description: format!(
            "{} on {} ({} legs, {:.0} km), {}",
            report.vessel,
            voyage
                .calls()
                .iter()
                .map(|c| c.port)
                .collect::<Vec<_>>()
                .join("→"),
            voyage.legs().len(),
            voyage_km,
            basis.name
        ),
        mode: "sea",
        load_factor: toc.load.utilisation,
        empty_container_share: toc.empty_container_share,
        temperature_control: "ambient",
        energy_carriers: energy_carriers.clone(),
        intensity,
        transport_activity_teu_km: activity,
        transport_activity_unit: "TEUkm",
        data_quality: DataQuality::Modelled,
    }];
    let sea_toc_id = if shipment.reefer {
        let id = format!("{}-reefer", toc.id);
        let extra = reefer.scaled(1e3 / (teu * d_km)); // g per TEU-km
        tocs.push(Toc {
            toc_id: id.clone(),
            description: format!(
                "{} — refrigerated: + {:.2} kW/TEU plug power at the auxiliary engines' \
                 g/kWh (legs {from}→{to})",
                tocs.first().map(|t| t.description.as_str()).unwrap_or(""),
                toc.reefer_kw_per_teu
            ),
            temperature_control: "refrigerated",
            intensity: TocIntensity {
                wtt_g_per_teu_km: intensity.wtt_g_per_teu_km + extra.wtt_kg,
                ttw_g_per_teu_km: intensity.ttw_g_per_teu_km + extra.ttw_kg,
                wtw_g_per_teu_km: intensity.wtw_g_per_teu_km + extra.wtw_kg,
                // the plug energy per TEU-km over the TOC's tonnes per loaded TEU
                wtw_g_per_t_km: intensity.wtw_g_per_t_km + extra.wtw_kg / toc.load.tonnes_per_teu,
            },
            ..tocs.first().cloned().ok_or_else(|| Error::Empty {
                field: "tocs".into(),
                expected: "the dry TOC".into(),
            })?
        });
        notes.push(
            "reefer: the Fourth IMO GHG Study auxiliary load of the dry TOC already includes an \
             average reefer share, so the dry intensity is slightly high (conservative)"
                .into(),
        );
        notes.push(
            "reefer: refrigerant leakage of the reefer unit (part of the TOC, GLEC v3 Module 1 \
             p. 31; ISO 14083 Annex I) is not included"
                .into(),
        );
        id
    } else {
        toc.id.clone()
    };

    let mut tces = Vec::new();
    let mut hocs = Vec::new();
    let mut quality = DataQuality::Modelled;
    let eq = "Container-TEU";
    let hub_tce =
        |hub: &TerminalHub, i: usize, prev: Vec<String>| -> Result<(Hoc, Tce, Option<String>)> {
            let field = format!("hubs[{i}]");
            hub.validate(&field)?;
            let (per, unit, amount) = hub_intensity(hub, basis, shipment)?;
            let note = match &hub.operation {
                HubOperation::Energy { grid, .. } => grid.completeness_note(),
                HubOperation::GlecV3Default => None,
            };
            let co2e = per.scaled(amount);
            Ok((
                Hoc {
                    hoc_id: hub.id.clone(),
                    hub_type: "maritime_container_terminal",
                    hub_location: hub.port.clone(),
                    temperature_control: if shipment.reefer {
                        "refrigerated"
                    } else {
                        "ambient"
                    },
                    intensity_kg: per,
                    hub_activity_unit: unit,
                    operation: hub.operation.clone(),
                    data_quality: hub.data_quality,
                    source: hub.source.clone(),
                },
                Tce {
                    tce_id: format!("{}-hub-{}", shipment.id, hub.port),
                    prev_tce_ids: prev,
                    toc_id: None,
                    hoc_id: Some(hub.id.clone()),
                    shipment_id: shipment.id.clone(),
                    mass_kg: mass_t * 1e3,
                    packaging_or_tr_eq_type: eq,
                    packaging_or_tr_eq_amount: teu,
                    distance_km: 0.0,
                    origin: hub.port.clone(),
                    destination: hub.port.clone(),
                    transport_activity_t_km: 0.0,
                    transport_activity_teu_km: 0.0,
                    co2e,
                    reefer_co2e: Co2eKg::default(),
                    data_quality: hub.data_quality,
                },
                note,
            ))
        };
    let hub_port = |i: usize, h: &TerminalHub| -> Result<String> {
        let code = crate::route::port(&h.port)
            .map_err(|e| e.rooted("port", &format!("hubs[{i}].port")))?
            .locode
            .to_string();
        if code != from && code != to {
            return Err(Error::OutOfRange {
                field: format!("hubs[{i}].port"),
                value: 0.0,
                expected: format!("the origin {from} or the destination {to}, got {code}"),
            });
        }
        Ok(code)
    };
    let mut origin_hub = None;
    let mut destination_hub = None;
    for (i, h) in hubs.iter().enumerate() {
        let code = hub_port(i, h)?;
        let slot = if code == from {
            &mut origin_hub
        } else {
            &mut destination_hub
        };
        if slot.is_some() {
            return Err(Error::OutOfRange {
                field: format!("hubs[{i}].port"),
                value: 0.0,
                expected: format!("one terminal per port; {code} is given twice"),
            });
        }
        *slot = Some((
            i,
            TerminalHub {
                port: code,
                ..h.clone()
            },
        ));
    }
    let mut prev: Vec<String> = Vec::new();
    match &origin_hub {
        Some((i, h)) => {
            let (hoc, tce, note) = hub_tce(h, *i, Vec::new())?;
            if let Some(n) = note.filter(|n| !notes.contains(n)) {
                notes.push(n);
            }
            quality = quality.min(h.data_quality);
            prev = vec![tce.tce_id.clone()];
            hocs.push(hoc);
            tces.push(tce);
        }
        None => notes.push(format!(
            "no hub operation given for the origin terminal {from}: not included"
        )),
    }
    let sea_id = format!("{}-sea-{from}-{to}", shipment.id);
    tces.push(Tce {
        tce_id: sea_id.clone(),
        prev_tce_ids: prev,
        toc_id: Some(sea_toc_id),
        hoc_id: None,
        shipment_id: shipment.id.clone(),
        mass_kg: mass_t * 1e3,
        packaging_or_tr_eq_type: eq,
        packaging_or_tr_eq_amount: teu,
        distance_km: d_km,
        origin: from.clone(),
        destination: to.clone(),
        transport_activity_t_km: mass_t * d_km,
        transport_activity_teu_km: teu * d_km,
        co2e: sea.plus(reefer),
        reefer_co2e: reefer,
        data_quality: DataQuality::Modelled,
    });
    match &destination_hub {
        Some((i, h)) => {
            let (hoc, tce, note) = hub_tce(h, *i, vec![sea_id])?;
            if let Some(n) = note.filter(|n| !notes.contains(n)) {
                notes.push(n);
            }
            quality = quality.min(h.data_quality);
            hocs.push(hoc);
            tces.push(tce);
        }
        None => notes.push(format!(
            "no hub operation given for the destination terminal {to}: not included"
        )),
    }
    notes.push(
        "pre- and on-carriage (road, rail, barge) to and from the terminals are outside this \
         footprint"
            .into(),
    );
    let total = tces
        .iter()
        .fold(Co2eKg::default(), |acc, t| acc.plus(t.co2e));
    Ok(ShipmentFootprint {
        shipment_id: shipment.id.clone(),
        mass_kg: mass_t * 1e3,
        teu,
        basis: basis.name.clone(),
        methodology: "ISO 14083:2023; GLEC Framework v3; data shapes after iLEAP v1.0.0",
        tces,
        tocs,
        hocs,
        total,
        per_teu: total.scaled(1.0 / teu),
        per_tonne: (mass_t > 0.0).then(|| total.scaled(1.0 / mass_t)),
        data_quality: quality,
        notes,
    })
}

/// The TOC's energy carriers: each fuel line of the voyage accounted on its own, and the
/// shore power (WtT at the grids, TtW 0).
fn carriers(
    basis: &AccountingBasis,
    ledger: &FuelLedger,
    shore_kwh: f64,
    shore: Co2eKg,
    activity_teu_km: f64,
) -> Result<Vec<EnergyCarrier>> {
    let mut out: Vec<(String, f64, f64, f64)> = Vec::new(); // carrier, MJ, WtW g, TtW g
    // Each entry with its own fuel batch (and certificate) and converter.
    for (k, entry) in ledger.entries().iter().enumerate() {
        let e = basis.account_entry(entry, k)?;
        let name = entry.fuel.pathway.name().to_string();
        let mj = e.energy.megajoules();
        let wtw = e.total().grams();
        let ttw = e.tank_to_wake.grams();
        match out.iter_mut().find(|c| c.0 == name) {
            Some(c) => {
                c.1 += mj;
                c.2 += wtw;
                c.3 += ttw;
            }
            None => out.push((name, mj, wtw, ttw)),
        }
    }
    if shore_kwh > 0.0 {
        out.push((
            "electricity".into(),
            shore_kwh * 3.6,
            shore.wtw_kg * 1e3 + shore_kwh * 3.6 * basis.shore_power_wtt.g_per_mj(),
            0.0,
        ));
    }
    let total_mj: f64 = out.iter().map(|c| c.1).sum();
    Ok(out
        .into_iter()
        .filter(|c| c.1 > 0.0)
        .map(|(energy_carrier, mj, wtw, ttw)| EnergyCarrier {
            energy_carrier,
            relative_share: mj / total_mj,
            energy_mj_per_teu_km: mj / activity_teu_km,
            emission_factor_wtw_g_per_mj: wtw / mj,
            emission_factor_ttw_g_per_mj: ttw / mj,
        })
        .collect())
}

/// The shore power of the voyage at each port's grid, less what the basis already counted at
/// its single shore-power factor: (extra WtT, kWh, notes naming the grids).
fn shore_power_at_grids(
    voyage: &Voyage,
    basis: &AccountingBasis,
    toc: &SeaToc,
) -> Result<(Co2eKg, f64, Vec<String>)> {
    let basis_g_per_kwh = basis.shore_power_wtt.g_per_mj() * 3.6;
    let mut kg = 0.0;
    let mut kwh_total = 0.0;
    let mut notes: Vec<String> = Vec::new();
    for s in voyage.segments() {
        let kwh = s.point.shore_power.kilowatt_hours();
        if kwh <= 0.0 {
            continue;
        }
        let port = s
            .call
            .and_then(|k| voyage.calls().get(k))
            .map(|c| c.port)
            .unwrap_or("");
        let grid = toc.shore_grid(port)?;
        kg += kwh * (grid.g_per_kwh - basis_g_per_kwh) * 1e-3;
        kwh_total += kwh;
        notes.push(format!(
            "shore power at {port}: {kwh:.0} kWh at {} ({:.1} g/kWh, counted as WtT)",
            grid.name, grid.g_per_kwh
        ));
        if let Some(n) = grid.completeness_note() {
            if !notes.contains(&n) {
                notes.push(n);
            }
        }
    }
    Ok((Co2eKg::wtt(kg), kwh_total, notes))
}

/// The auxiliary engines' emissions per kWh on `legs` at sea, and the sea hours of those legs.
fn auxiliary_per_kwh(
    voyage: &Voyage,
    basis: &AccountingBasis,
    legs: &[usize],
) -> Result<(Co2eKg, f64)> {
    let mut l = FuelLedger::with_capacity(4);
    let mut kwh = 0.0;
    let mut hours = 0.0;
    for s in voyage.segments().iter().filter(|s| {
        matches!(s.phase, VoyagePhase::Sea | VoyagePhase::SeaInEca)
            && s.leg.is_some_and(|i| legs.contains(&i))
    }) {
        hours += s.point.operation.duration.hours();
        kwh += s.point.work(Consumer::AuxiliaryEngines).kilowatt_hours();
        for f in s
            .point
            .fuel_use
            .iter()
            .filter(|f| f.consumer == Consumer::AuxiliaryEngines)
        {
            l.add(f.fuel.clone(), f.converter, f.mass, "aux", ScopeShare::FULL)?;
        }
    }
    if kwh <= 0.0 || l.is_empty() {
        return Err(Error::Undefined {
            quantity: "reefer plug emissions".into(),
            reason: "the vessel's auxiliary engines do no work at sea on these legs".into(),
        });
    }
    Ok((Co2eKg::of(&basis.account(&l)?).scaled(1.0 / kwh), hours))
}

/// A terminal's intensity, its unit and the shipment's amount of that unit: energy per TEU
/// (electricity WtT only, plus gas oil in an internal-combustion engine under the basis) or
/// the GLEC v3 default per container (a WtW total, unsplit).
fn hub_intensity(
    hub: &TerminalHub,
    basis: &AccountingBasis,
    shipment: &ContainerShipment,
) -> Result<(Co2eKg, &'static str, f64)> {
    match &hub.operation {
        HubOperation::GlecV3Default => {
            let kg = if shipment.reefer {
                GLEC_V3_CONTAINER_TERMINAL_TEMPERATURE_CONTROLLED_KG
            } else {
                GLEC_V3_CONTAINER_TERMINAL_AMBIENT_KG
            };
            let per = Co2eKg {
                wtt_kg: 0.0,
                ttw_kg: 0.0,
                unsplit_kg: kg,
                wtw_kg: kg,
            };
            Ok((per, "container", shipment.containers))
        }
        HubOperation::Energy {
            electricity_kwh_per_teu,
            diesel_kg_per_teu,
            grid,
        } => {
            let mut out = Co2eKg::wtt(electricity_kwh_per_teu * grid.g_per_kwh * 1e-3);
            if *diesel_kg_per_teu > 0.0 {
                let mut l = FuelLedger::with_capacity(1);
                l.add(
                    PathwayId::MdoMgo,
                    ConverterClass::Ice,
                    tonnes(diesel_kg_per_teu * 1e-3),
                    "hub",
                    ScopeShare::FULL,
                )?;
                out = out.plus(Co2eKg::of(&basis.account(&l)?));
            }
            Ok((out, "TEU", shipment.teu()))
        }
    }
}
