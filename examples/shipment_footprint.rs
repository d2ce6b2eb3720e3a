//! One 40-foot container Shanghai (Yangshan) → Los Angeles on the corridor's weekly service:
//! its ISO 14083 / GLEC v3 footprint from the service's voyage (sea TOC and terminal HOCs,
//! WtT/TtW/WtW), a book-and-claim claim on an e-methanol certificate bunkered at Los Angeles,
//! shore power against the gensets at both berths, the CARB At-Berth outcome of the LA visit,
//! and the EPA propeller-law load beside the Fourth IMO model.
//!
//! ```text
//! cargo run --release --example shipment_footprint            # readable
//! cargo run --release --example shipment_footprint -- --json  # the whole result as JSON
//! ```
//!
//! Inputs that are not the crate's models, each labelled: the port stay split (48 h berth,
//! 20 h anchor, 4 h manoeuvring, as `scenarios/shanghai_los_angeles.toml`); the cargo mass
//! (20 t); the e-methanol certificate (ILLUSTRATIVE). The terminals use the GLEC v3 default.

#[macro_use]
mod common;

use green_corridor::fuel::{Certificate, ConverterClass, Fuel};
use green_corridor::port::carb::{AtBerthControl, CarbVesselType, Visit, assess_visit};
use green_corridor::port::epa::{MaximumSpeed, SeaMargin, compare_with_fourth_imo};
use green_corridor::port::{GridIntensity, compare_at_berth};
use green_corridor::prelude::*;
use green_corridor::route::Date;
use green_corridor::shipment::*;
use green_corridor::voyage::{archetype, corridors};
use serde::Serialize;

#[derive(Serialize)]
struct Output {
    footprint: ShipmentFootprint,
    certificate: CertificateSaving,
    claimed: ClaimedFootprint,
    at_berth: Vec<green_corridor::port::AtBerthComparison>,
    carb_los_angeles: green_corridor::port::CarbOutcome,
    propulsion_at_service_speed: green_corridor::port::epa::LoadComparison,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let json = common::flags("usage: shipment_footprint [--json]", &["--json"])
        .iter()
        .any(|a| a == "--json");
    let corridor = corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .ok_or("corridor shanghai-los_angeles missing")?;
    let ship = archetype::vessel(&corridor.archetype, archetype::EngineFit::Oil)?;
    let date = Date::new(2025, 6, 1)?;
    let voyage = Voyage::builder(&ship)
        .ports(&[corridor.from, corridor.to])
        .date(date)
        .speed(corridor.archetype.service_speed)
        // Port stay split of scenarios/shanghai_los_angeles.toml (ASSUMPTION there).
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .build()?;
    let basis = iso14083_basis()?;

    // Terminals: the GLEC v3 default per container (Module 2 Table 3, 10.7 kg CO2e ambient)
    // at both ends; a terminal's own energy per TEU would use HubOperation::Energy.
    let hubs = [
        TerminalHub::glec_v3_default("HOC-CNYSA", "CNYSA"),
        TerminalHub::glec_v3_default("HOC-USLAX", "USLAX"),
    ];
    let feu = ContainerShipment {
        id: "FEU-SHA-LAX-001".into(),
        from: corridor.from.into(),
        to: corridor.to.into(),
        equipment: Equipment::Feu40,
        containers: 1.0,
        cargo_mass: tonnes(20.0),
        reefer: false,
        empty: false,
    };
    let toc = SeaToc::new("TOC-TP-weekly", LoadFactor::default());
    let footprint = shipment_footprint(&voyage, &basis, &toc, &hubs, &feu)?;

    // Book and claim: ILLUSTRATIVE e-methanol (total E 8 gCO2e/MJ), 100 t bunkered at LA,
    // displacing VLSFO, split into 1,000 units.
    let cert = CorridorCertificate::new(
        "EM-LAX-2025-001",
        Fuel::certified(PathwayId::EMethanol, Certificate::total_e_g_per_mj(8.0)?),
        ConverterClass::Ice,
        CertificateQuantity::Mass(tonnes(100.0)),
        "USLAX",
        &corridor,
        Date::new(2025, 6, 10)?,
        (PathwayId::Vlsfo, ConverterClass::Ice),
        1_000,
    )?;
    let mut registry = ClaimRegistry::new();
    let certificate = registry.register(cert, &basis)?.clone();
    // Claim as many whole units as the FEU's own WtW allows.
    let units = (footprint.total.wtw_kg / certificate.saving_per_unit_kg).floor() as u32;
    let claimed = registry.claim_for("EM-LAX-2025-001", &footprint, 0..units)?;
    let second = registry.claim("EM-LAX-2025-001", "another shipment", 0..1);

    let at_berth = vec![
        compare_at_berth(&voyage, "CNYSA", &basis, &GridIntensity::east_china())?,
        compare_at_berth(&voyage, "USLAX", &basis, &GridIntensity::california())?,
    ];
    let la_call = voyage
        .calls()
        .iter()
        .find(|c| c.port == "USLAX")
        .ok_or("no LA call")?;
    let carb = assess_visit(&Visit::new(
        "USLAX",
        date,
        CarbVesselType::Container,
        ship.spec().shore_power_capable,
        la_call.shore_power,
        if la_call.shore_power {
            AtBerthControl::ShorePower
        } else {
            AtBerthControl::None
        },
    ))?;
    let propulsion = compare_with_fourth_imo(
        &ship,
        corridor.archetype.service_speed,
        ship.spec().design_draught,
        Some(MaximumSpeed::Known(corridor.archetype.design_speed)),
        SeaMargin::AtSea,
    )?;

    if json {
        let out = Output {
            footprint,
            certificate,
            claimed,
            at_berth,
            carb_los_angeles: carb,
            propulsion_at_service_speed: propulsion,
        };
        outln!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }

    outln!(
        "Shipment {} — {} × {:?}, {:.0} t, {} → {}",
        footprint.shipment_id,
        feu.containers,
        feu.equipment,
        feu.cargo_mass.tonnes(),
        feu.from,
        feu.to
    );
    outln!("Basis: {}", footprint.basis);
    outln!();
    outln!(
        "{:<34} {:>8} {:>9} {:>9} {:>9} {:>9}  data",
        "element",
        "km",
        "WtT kg",
        "TtW kg",
        "unsplit",
        "WtW kg"
    );
    for t in &footprint.tces {
        let c = t.co2e;
        outln!(
            "{:<34} {:>8.0} {:>9.1} {:>9.1} {:>9.1} {:>9.1}  {:?}",
            t.tce_id,
            t.distance_km,
            c.wtt_kg,
            c.ttw_kg,
            c.unsplit_kg,
            c.wtw_kg,
            t.data_quality
        );
    }
    let tot = footprint.total;
    outln!(
        "{:<34} {:>8} {:>9.1} {:>9.1} {:>9.1} {:>9.1}",
        "total",
        "",
        tot.wtt_kg,
        tot.ttw_kg,
        tot.unsplit_kg,
        tot.wtw_kg
    );
    outln!("(unsplit: GLEC terminal defaults give WtW only)");
    for toc in &footprint.tocs {
        outln!(
            "TOC {}: {:.2} g CO2e/TEU-km WtW (WtT {:.2} + TtW {:.2}), {:.3} g/t-km; load {:.0} %",
            toc.toc_id,
            toc.intensity.wtw_g_per_teu_km,
            toc.intensity.wtt_g_per_teu_km,
            toc.intensity.ttw_g_per_teu_km,
            toc.intensity.wtw_g_per_t_km,
            toc.load_factor * 100.0
        );
    }
    for n in &footprint.notes {
        outln!("  note: {n}");
    }
    outln!();
    outln!(
        "Certificate {}: {:.0} t e-methanol ({:.3e} MJ), {:.2} vs {:.2} gCO2e/MJ WtW → saving {:.1} t CO2e, {:.1} kg per unit",
        certificate.certificate_id,
        certificate.fuel_mass_t,
        certificate.energy_mj,
        certificate.green_wtw_g_per_mj,
        certificate.fossil_wtw_g_per_mj,
        certificate.saving_wtw_t,
        certificate.saving_per_unit_kg
    );
    outln!(
        "Claim: {} units → {:.1} kg; physical {:.1} kg WtW, net (market-based) {:.1} kg",
        units,
        claimed.claimed_reduction_wtw_kg,
        claimed.physical_wtw_kg,
        claimed.net_wtw_kg
    );
    match second {
        Err(e) => outln!("Second claim on unit 0: refused — {e}"),
        Ok(_) => outln!("Second claim on unit 0: ACCEPTED (a defect)"),
    }
    outln!();
    outln!(
        "{:<7} {:>8} {:>10} {:>10} {:>12} {:>12} {:>10}",
        "berth",
        "h",
        "kWh",
        "g/kWh",
        "shore t WtW",
        "gensets t",
        "saving t"
    );
    for a in &at_berth {
        outln!(
            "{:<7} {:>8.0} {:>10.0} {:>10.1} {:>12.2} {:>12.2} {:>10.2}",
            a.port,
            a.berth_h,
            a.electricity_kwh,
            a.grid.g_per_kwh,
            a.shore_power.wtw_t,
            a.auxiliary_engines.wtw_t,
            a.wtw_saving_t
        );
    }
    outln!("CARB At-Berth, Los Angeles visit: {carb:?}");
    outln!(
        "Main-engine load at {:.0} kn: EPA propeller law {:.3} ({:.0} kW) vs Fourth IMO Eq. 8 {:.3} ({:.0} kW)",
        propulsion.speed_kn,
        propulsion.epa_load_factor,
        propulsion.epa_power_kw,
        propulsion.fourth_imo_load,
        propulsion.fourth_imo_power_kw
    );
    Ok(())
}
