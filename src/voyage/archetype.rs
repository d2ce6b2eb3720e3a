//! A vessel built from a corridor's service archetype
//! ([`ServiceArchetype`]: TEU, deadweight, design and service speed).
//!
//! | particular | rule | source |
//! |---|---|---|
//! | MCR, design draught | linear in TEU between the anchors of [`SIZE_ANCHORS`] | EPA 2022 Table C.3 bins; HMM Algeciras (`docs/data-sources.md`, "Container ship particulars") |
//! | design speed | the archetype's; for [`container_ship`], linear in TEU between the anchors | `docs/data-sources.md`, "Container ship particulars" (EPA 2022 Table C.3 max speed; *HMM Algeciras* 22.4 kn) |
//! | deadweight | the archetype's, else TEU × 9.585 t/TEU | *Maersk Evora* ratio (same section, derived) |
//! | build year | 2015 | ASSUMPTION ([`BUILD_YEAR`]) |
//! | auxiliaries, boiler | Table 17 powers for the size bin | Fourth IMO GHG Study (vessel layer) |
//! | shore power | capable | corridor ports 100 % shore-power capable for container ships by Oct 2025 (`docs/data-sources.md`, "Ports — UN/LOCODE codes and positions"); CARB At-Berth Regulation for container ships at LA/LB from 2023 ("MARPOL Annex VI — sulphur limits and ECAs") — ASSUMPTION that the ship is fitted |
//! | engines | by [`EngineFit`] | pilot shares ILLUSTRATIVE |
//!
//! Only container archetypes are supported (the reference gives no MCR for the bulk
//! archetype); for others, give a [`VesselSpec`](crate::vessel::VesselSpec).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{Fuel, FuelFamily, PathwayId};
use crate::units::{MassExt, VelocityExt, kilowatts, tonnes};
use crate::vessel::{EngineType, FuelSelection, FuelSupply, ShipType, Vessel, metres};
pub use crate::voyage::archetype_data::{
    BUILD_YEAR, DWT_PER_TEU, PILOT_SHARE_LNG_DIESEL, PILOT_SHARE_LNG_OTTO,
    PILOT_SHARE_METHANOL_AMMONIA, SIZE_ANCHORS, SizeAnchor,
};
use crate::voyage::corridors::{ArchetypeShipType, ServiceArchetype};

/// The engine fit of an archetype ship: which fuels its converters can burn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineFit {
    /// Slow-speed diesel main engine and medium-speed diesel gensets on oil (VLSFO default).
    Oil,
    /// High-pressure LNG-Diesel (ME-GI type) main engine, 3 % MGO pilot; LNG-Otto
    /// medium-speed dual-fuel gensets, 1 % pilot.
    LngDiesel,
    /// Low-pressure LNG-Otto slow-speed (X-DF type) main engine, 1 % pilot; LNG-Otto gensets.
    LngOtto,
    /// Methanol dual-fuel slow-speed main engine and gensets, 5 % MGO pilot.
    Methanol,
    /// Ammonia dual-fuel slow-speed main engine and gensets, 5 % MGO pilot.
    Ammonia,
}

impl EngineFit {
    /// Every fit.
    pub const ALL: [EngineFit; 5] = [
        EngineFit::Oil,
        EngineFit::LngDiesel,
        EngineFit::LngOtto,
        EngineFit::Methanol,
        EngineFit::Ammonia,
    ];

    /// The fuels the fit burns by default (fossil pathways; boilers on MGO for gas and
    /// alcohol fits).
    pub fn default_fuels(self) -> FuelSelection {
        let mgo = Fuel::new(PathwayId::MdoMgo);
        match self {
            EngineFit::Oil => FuelSelection::all(PathwayId::Vlsfo),
            EngineFit::LngDiesel | EngineFit::LngOtto => FuelSelection {
                main: Fuel::new(PathwayId::Lng),
                auxiliary: Fuel::new(PathwayId::Lng),
                boiler: mgo,
            },
            EngineFit::Methanol => FuelSelection {
                main: Fuel::new(PathwayId::MethanolNaturalGas),
                auxiliary: Fuel::new(PathwayId::MethanolNaturalGas),
                boiler: mgo,
            },
            EngineFit::Ammonia => FuelSelection {
                main: Fuel::new(PathwayId::Nh3NaturalGas),
                auxiliary: Fuel::new(PathwayId::Nh3NaturalGas),
                boiler: mgo,
            },
        }
    }
}

/// MCR and design draught for `teu`, interpolated between [`SIZE_ANCHORS`]. Errors: a TEU
/// outside the anchors' range (`archetype.capacity_teu`).
pub fn size_particulars(teu: f64) -> Result<(f64, f64)> {
    let a = interpolate_anchor(teu)?;
    Ok((a.mcr_kw, a.draught_m))
}

/// The size anchor of `teu`: MCR, draught and design speed interpolated linearly in TEU
/// between the two [`SIZE_ANCHORS`] around it (source of each anchor on it; the result's
/// `source` names the pair). Errors: a TEU outside 8,000–23,964 (`archetype.capacity_teu`).
pub fn interpolate_anchor(teu: f64) -> Result<SizeAnchor> {
    let (lo, hi) = match (SIZE_ANCHORS.first(), SIZE_ANCHORS.last()) {
        (Some(a), Some(b)) => (a.teu, b.teu),
        _ => (0.0, 0.0),
    };
    crate::error::in_range(|| "archetype.capacity_teu".into(), teu, lo, hi)?;
    for w in SIZE_ANCHORS.windows(2) {
        if let [a, b] = w {
            if teu >= a.teu && teu <= b.teu {
                let t = (teu - a.teu) / (b.teu - a.teu);
                let lerp = |x: f64, y: f64| x + t * (y - x);
                return Ok(SizeAnchor {
                    teu,
                    mcr_kw: lerp(a.mcr_kw, b.mcr_kw),
                    draught_m: lerp(a.draught_m, b.draught_m),
                    design_speed_kn: lerp(a.design_speed_kn, b.design_speed_kn),
                    source: "linear in TEU between two SIZE_ANCHORS (docs/data-sources.md, \
                        “Container ship particulars”)",
                });
            }
        }
    }
    Err(Error::OutOfRange {
        field: "archetype.capacity_teu".into(),
        value: teu,
        expected: format!("a capacity from {lo} to {hi} TEU"),
    })
}

/// A container ship for `archetype` with engine fit `fit` (see the module table).
///
/// ```
/// use green_corridor::voyage::corridors::corridors;
/// use green_corridor::voyage::archetype::{vessel, EngineFit};
/// use green_corridor::units::{MassExt, PowerExt};
/// let la = corridors().into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
/// let ship = vessel(&la.archetype, EngineFit::Oil)?;
/// assert_eq!(ship.mcr().kilowatts(), 65_000.0); // EPA 14,500-TEU bin
/// let dwt = ship.spec().capacity.deadweight.unwrap().tonnes();
/// assert!((dwt - 14_500.0 * 125_480.0 / 13_092.0).abs() < 1e-6);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn vessel(archetype: &ServiceArchetype, fit: EngineFit) -> Result<Vessel> {
    if archetype.ship_type != ArchetypeShipType::Container {
        return Err(Error::MissingInput {
            field: "archetype.ship_type".into(),
            expected: "a container archetype: the reference gives no main-engine power for \
                other archetypes; give a full vessel specification instead"
                .into(),
        });
    }
    let teu = archetype.capacity_teu.ok_or_else(|| Error::MissingInput {
        field: "archetype.capacity_teu".into(),
        expected: "the archetype's TEU capacity".into(),
    })?;
    let (mcr, draught) = size_particulars(teu)?;
    let dwt = archetype
        .deadweight
        .map(|m| m.tonnes())
        .unwrap_or(teu * DWT_PER_TEU);
    build(teu, dwt, mcr, draught, archetype.design_speed, fit)
}

/// A container ship of `teu` TEU with engine fit `fit`, from the crate's size anchors alone
/// ([`SIZE_ANCHORS`]: MCR, design draught and design speed linear in TEU between the EPA 2022
/// Table C.3 bins and *HMM Algeciras*; deadweight TEU × [`DWT_PER_TEU`]; the rest as the
/// module table says). For a corridor's own ship use [`vessel`] with its archetype.
///
/// ```
/// use green_corridor::voyage::archetype::{container_ship, EngineFit};
/// use green_corridor::units::{PowerExt, VelocityExt};
/// // 13,250 TEU: halfway between the 12,000 and 14,500 TEU EPA bins.
/// let ship = container_ship(13_250.0, EngineFit::Oil)?;
/// assert!((ship.mcr().kilowatts() - 63_000.0).abs() < 1e-9);        // (61,000 + 65,000) / 2
/// assert!((ship.spec().design_speed.knots() - 25.75).abs() < 1e-9); // (25.9 + 25.6) / 2
/// # Ok::<(), green_corridor::Error>(())
/// ```
///
/// Errors: a TEU outside 8,000–23,964 (`archetype.capacity_teu`).
pub fn container_ship(teu: f64, fit: EngineFit) -> Result<Vessel> {
    let a = interpolate_anchor(teu)?;
    build(
        teu,
        teu * DWT_PER_TEU,
        a.mcr_kw,
        a.draught_m,
        crate::units::knots(a.design_speed_kn),
        fit,
    )
}

/// The archetype container ship from its particulars.
fn build(
    teu: f64,
    dwt: f64,
    mcr: f64,
    draught: f64,
    design_speed: crate::units::Velocity,
    fit: EngineFit,
) -> Result<Vessel> {
    let mgo = || Fuel::new(PathwayId::MdoMgo);
    let (me, me_supply, ae, ae_supply) = match fit {
        EngineFit::Oil => (
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
            EngineType::MediumSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
        ),
        EngineFit::LngDiesel => (
            EngineType::LngDiesel,
            FuelSupply::dual(FuelFamily::Methane, mgo(), PILOT_SHARE_LNG_DIESEL)?,
            EngineType::LngOttoMediumSpeed,
            FuelSupply::dual(FuelFamily::Methane, mgo(), PILOT_SHARE_LNG_OTTO)?,
        ),
        EngineFit::LngOtto => (
            EngineType::LngOttoSlowSpeed,
            FuelSupply::dual(FuelFamily::Methane, mgo(), PILOT_SHARE_LNG_OTTO)?,
            EngineType::LngOttoMediumSpeed,
            FuelSupply::dual(FuelFamily::Methane, mgo(), PILOT_SHARE_LNG_OTTO)?,
        ),
        EngineFit::Methanol => (
            EngineType::SlowSpeedDiesel,
            FuelSupply::dual(FuelFamily::Methanol, mgo(), PILOT_SHARE_METHANOL_AMMONIA)?,
            EngineType::MediumSpeedDiesel,
            FuelSupply::dual(FuelFamily::Methanol, mgo(), PILOT_SHARE_METHANOL_AMMONIA)?,
        ),
        EngineFit::Ammonia => (
            EngineType::SlowSpeedDiesel,
            FuelSupply::dual(FuelFamily::Ammonia, mgo(), PILOT_SHARE_METHANOL_AMMONIA)?,
            EngineType::MediumSpeedDiesel,
            FuelSupply::dual(FuelFamily::Ammonia, mgo(), PILOT_SHARE_METHANOL_AMMONIA)?,
        ),
    };
    Vessel::builder(
        &format!(
            "{teu:.0} TEU archetype ({:?}, {:.1} kn design)",
            fit,
            design_speed.knots()
        ),
        ShipType::Container,
    )
    .teu(teu)
    .deadweight(tonnes(dwt))
    .build_year(BUILD_YEAR)
    .design_speed(design_speed)
    .design_draught(metres(draught))
    .main_engine(kilowatts(mcr), me, me_supply)
    .auxiliary_engines(ae, ae_supply)
    .boiler(FuelSupply::mono(FuelFamily::Oil))
    .shore_power_capable(true)
    .fuels(fit.default_fuels())
    .build()
}
