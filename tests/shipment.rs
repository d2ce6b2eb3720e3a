//! One 40-foot container Shanghai (Yangshan) → Los Angeles on the corridor's service voyage,
//! worked by hand under ISO 14083:2023 / GLEC v3; book-and-claim of a corridor e-methanol
//! certificate; bad input.
//!
//! The voyage: corridor `shanghai-los_angeles` (14,500-TEU archetype, oil engines), round trip
//! CNYSA → USLAX → CNYSA at the archetype's 16 kn, port stay 48 h berth / 20 h anchor / 4 h
//! manoeuvring per call (the split of `scenarios/shanghai_los_angeles.toml`), VLSFO with MGO
//! in the ECA, shore power at both berths (both ports offer it). Its fuel is read from the
//! voyage's own ledger; everything else below is a cited factor:
//!
//! * IMO LCA (MEPC.391(81)) VLSFO: LCV 0.0402 MJ/g, WtT 16.8 gCO2e/MJ, Cf CO2 3.114;
//!   MGO: LCV 0.0427, WtT 17.7, Cf CO2 3.206; liquid fuels Cf CH4 0.00005, N2O 0.00018
//!   (`docs/data-sources.md`, "IMO LCA Guidelines").
//! * GWP100 AR6 (fossil CH4 29.8, N2O 273; IPCC AR6 WG1 Table 7.15).
//!   TtW per g: VLSFO 3.114 + 29.8·0.00005 + 273·0.00018 = 3.16463; MGO 3.25663.
//! * Grids: East China 561.7 g/kWh (MEE/NBS 2022), California 429.983 lb/MWh × 0.45359237 =
//!   195.037 g/kWh (eGRID2023 CAMX).

use approx::assert_relative_eq;
use green_corridor::error::Error;
use green_corridor::fuel::{Certificate, ConverterClass, Fuel, PathwayId};
use green_corridor::port::GridIntensity;
use green_corridor::prelude::*;
use green_corridor::route::Date;
use green_corridor::shipment::*;
use green_corridor::voyage::corridors::{Corridor, corridors};
use green_corridor::voyage::{LoadFactor, archetype};

fn corridor() -> Corridor {
    corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap()
}

fn voyage() -> Voyage {
    let c = corridor();
    let ship = archetype::vessel(&c.archetype, archetype::EngineFit::Oil).unwrap();
    Voyage::builder(&ship)
        .ports(&[c.from, c.to])
        .date(Date::new(2025, 6, 1).unwrap())
        .speed(c.archetype.service_speed)
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .build()
        .unwrap()
}

/// ILLUSTRATIVE terminal energy (not from a source; GLEC v3's own default is per container
/// and has no WtT/TtW split, tested below): 15 kWh and 1 kg of gas oil per TEU.
fn hubs() -> Vec<TerminalHub> {
    let hub = |port: &str, grid: GridIntensity| TerminalHub {
        id: format!("hoc-{port}"),
        port: port.into(),
        operation: HubOperation::Energy {
            electricity_kwh_per_teu: 15.0,
            diesel_kg_per_teu: 1.0,
            grid,
        },
        data_quality: DataQuality::Default,
        source: "ILLUSTRATIVE".into(),
    };
    vec![
        hub("CNYSA", GridIntensity::east_china()),
        hub("USLAX", GridIntensity::california()),
    ]
}

fn feu(reefer: bool) -> ContainerShipment {
    ContainerShipment {
        id: "FEU-1".into(),
        from: "CNYSA".into(),
        to: "USLAX".into(),
        equipment: Equipment::Feu40,
        containers: 1.0,
        cargo_mass: tonnes(20.0),
        reefer,
        empty: false,
    }
}

fn mass_of(v: &Voyage, p: PathwayId) -> f64 {
    v.ledger()
        .mass_by_pathway()
        .into_iter()
        .filter(|(q, _)| *q == p)
        .map(|(_, m)| m.tonnes())
        .sum()
}

#[test]
fn one_feu_shanghai_los_angeles_by_hand() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let toc = SeaToc::new("TP-loop", LoadFactor::default());
    let fp = shipment_footprint(&v, &basis, &toc, &hubs(), &feu(false)).unwrap();

    // The voyage's own fuel (read from its ledger; pinned so a model change shows here):
    // VLSFO 2,751.13 t, MGO 383.386 t over the round trip.
    let m_v = mass_of(&v, PathwayId::Vlsfo) * 1e6; // g
    let m_m = mass_of(&v, PathwayId::MdoMgo) * 1e6;
    assert_relative_eq!(m_v * 1e-6, 2_751.13, max_relative = 1e-5);
    assert_relative_eq!(m_m * 1e-6, 383.386, max_relative = 1e-5);
    // Shore power: 1,400 kW (Table 17 container hotel load) × 48 h = 67,200 kWh per berth.
    let shore_kwh: f64 = v
        .ledger()
        .shore_power()
        .iter()
        .map(|s| s.energy.kilowatt_hours())
        .sum();
    assert_relative_eq!(shore_kwh, 2.0 * 1_400.0 * 48.0, max_relative = 1e-12);

    // WtT = m·LCV·WtT for each fuel + shore power at each grid (g).
    let wtt = m_v * 0.0402 * 16.8 + m_m * 0.0427 * 17.7 + 67_200.0 * (561.7 + 195.037_008);
    // TtW = m·(Cf_CO2 + 29.8·Cf_CH4 + 273·Cf_N2O), plus the low-load terms of the main
    // engine while manoeuvring: 609 kW of 65,000 kW MCR is below 2 % load, where the
    // Starcrest/ICCT table (its 2 % row) multiplies CH4 by 21.18 and N2O by 4.63
    // (`docs/data-sources.md`, "Low-load adjustment factors"): extra per g of fuel
    // (21.18 − 1)·29.8·0.00005 + (4.63 − 1)·273·0.00018 = 0.208453.
    let manoeuvring_me: f64 = v
        .ledger()
        .entries()
        .iter()
        .filter(|e| e.label.contains("/manoeuvring/main"))
        .map(|e| e.mass.tonnes() * 1e6)
        .sum();
    assert_relative_eq!(manoeuvring_me * 1e-6, 1.0549, max_relative = 1e-4);
    let ttw = m_v * 3.164_63 + m_m * 3.256_63 + manoeuvring_me * 0.208_453;
    // TOC activity: 14,500 TEU × 0.70 loaded × voyage km (both legs).
    let km = v.distance().nautical_miles() * 1.852;
    let activity = 14_500.0 * 0.70 * km;
    let toc_out = &fp.tocs[0];
    assert_relative_eq!(
        toc_out.transport_activity_teu_km,
        activity,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        toc_out.intensity.wtt_g_per_teu_km,
        wtt / activity,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        toc_out.intensity.ttw_g_per_teu_km,
        ttw / activity,
        max_relative = 1e-9
    );
    // The energy carriers add up to the TOC: Σ MJ/TEU-km × g/MJ = g/TEU-km, shares sum to 1.
    let from_carriers: f64 = toc_out
        .energy_carriers
        .iter()
        .map(|c| c.energy_mj_per_teu_km * c.emission_factor_wtw_g_per_mj)
        .sum();
    assert_relative_eq!(
        from_carriers,
        toc_out.intensity.wtw_g_per_teu_km,
        max_relative = 1e-9
    );
    let shares: f64 = toc_out
        .energy_carriers
        .iter()
        .map(|c| c.relative_share)
        .sum();
    assert_relative_eq!(shares, 1.0, max_relative = 1e-12);
    // 56.07 g CO2e/TEU-km WtW.
    assert_relative_eq!(
        toc_out.intensity.wtw_g_per_teu_km,
        56.069,
        max_relative = 1e-4
    );

    // Sea TCE: I × 2 TEU × d(CNYSA→USLAX), d = one leg.
    let d = v.legs()[0].distance.nautical_miles() * 1.852;
    let sea = &fp.tces[1];
    assert_eq!(sea.toc_id.as_deref(), Some("TP-loop"));
    assert_relative_eq!(sea.distance_km, d, max_relative = 1e-12);
    assert_relative_eq!(
        sea.co2e.wtt_kg,
        wtt / activity * 2.0 * d * 1e-3,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        sea.co2e.ttw_kg,
        ttw / activity * 2.0 * d * 1e-3,
        max_relative = 1e-9
    );
    assert_relative_eq!(sea.transport_activity_t_km, 20.0 * d, max_relative = 1e-12);

    // Hubs per TEU: WtT = 15 kWh × grid + 1 kg × 42.7 MJ/kg × 17.7 g/MJ; TtW = 1 kg × 3.25663.
    let origin = &fp.tces[0];
    assert_relative_eq!(
        origin.co2e.wtt_kg,
        2.0 * (15.0 * 0.5617 + 0.755_79),
        max_relative = 1e-9
    );
    assert_relative_eq!(origin.co2e.ttw_kg, 2.0 * 3.256_63, max_relative = 1e-9);
    let dest = &fp.tces[2];
    assert_relative_eq!(
        dest.co2e.wtt_kg,
        2.0 * (15.0 * 0.195_037_008 + 0.755_79),
        max_relative = 1e-8
    );
    assert_eq!(dest.prev_tce_ids, vec![sea.tce_id.clone()]);

    // Totals: WtT + TtW = WtW on every element and in total; the FEU's WtW is 1,236.2 kg
    // (sea 1,197.4 kg: 56.07 g × 2 TEU × 10,678 km; hubs 24.9 + 13.9 kg).
    for t in &fp.tces {
        assert_relative_eq!(
            t.co2e.wtt_kg + t.co2e.ttw_kg,
            t.co2e.wtw_kg,
            max_relative = 1e-12
        );
    }
    let sum: f64 = fp.tces.iter().map(|t| t.co2e.wtw_kg).sum();
    assert_relative_eq!(fp.total.wtw_kg, sum, max_relative = 1e-12);
    assert_relative_eq!(fp.total.wtw_kg, 1_236.16, max_relative = 1e-5);
    assert_relative_eq!(fp.per_teu.wtw_kg, fp.total.wtw_kg / 2.0);
    // Least specific data: the hubs' defaults.
    assert_eq!(fp.data_quality, DataQuality::Default);
}

#[test]
fn empty_containers_and_mass_allocation() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let plain = SeaToc::new("t", LoadFactor::default());
    let base = shipment_footprint(&v, &basis, &plain, &[], &feu(false)).unwrap();
    // GLEC v3 (Module 1, pp. 23–24): empty containers carried for a user are consignments in
    // their own right. With 20 % of the on-board TEU empty, every TEU still shares the TOC:
    // the TEU intensity does not move.
    let toc = SeaToc {
        empty_container_share: 0.2,
        ..plain.clone()
    };
    let e = shipment_footprint(&v, &basis, &toc, &[], &feu(false)).unwrap();
    assert_relative_eq!(e.total.wtw_kg, base.total.wtw_kg, max_relative = 1e-12);
    // Per tonne it does: freight on board = 10,150 TEU × (0.8 × 10 t + 0.2 × 2 t) = 8.4 t per
    // TEU on average, so a 20-t FEU under mass allocation takes (20 / 8.4) / 2 = 1.190476 of
    // its TEU share.
    let by_mass = SeaToc {
        allocation: AllocationUnit::Tonne,
        ..toc.clone()
    };
    let m = shipment_footprint(&v, &basis, &by_mass, &[], &feu(false)).unwrap();
    assert_relative_eq!(
        m.total.wtw_kg,
        base.total.wtw_kg * (20.0 / 8.4) / 2.0,
        max_relative = 1e-12
    );
    // An empty FEU: freight mass 2 × 2 t = 4 t; TEU allocation as a loaded FEU, mass allocation
    // 4 / 8.4 / 2 of it.
    let empty = ContainerShipment {
        cargo_mass: tonnes(0.0),
        empty: true,
        ..feu(false)
    };
    let et = shipment_footprint(&v, &basis, &toc, &[], &empty).unwrap();
    assert_relative_eq!(et.total.wtw_kg, base.total.wtw_kg, max_relative = 1e-12);
    assert_eq!(et.mass_kg, 4_000.0);
    let em = shipment_footprint(&v, &basis, &by_mass, &[], &empty).unwrap();
    assert_relative_eq!(
        em.total.wtw_kg,
        base.total.wtw_kg * (4.0 / 8.4) / 2.0,
        max_relative = 1e-12
    );
    // Without empties, 20 t in an FEU against 10 t per loaded TEU gives the TEU result.
    let m = shipment_footprint(
        &v,
        &basis,
        &SeaToc {
            allocation: AllocationUnit::Tonne,
            ..plain
        },
        &[],
        &feu(false),
    )
    .unwrap();
    assert_relative_eq!(m.total.wtw_kg, base.total.wtw_kg, max_relative = 1e-12);
    // No hubs given: said so in the notes.
    assert!(
        base.notes
            .iter()
            .any(|n| n.contains("origin terminal CNYSA"))
    );
}

#[test]
fn glec_default_terminals_per_container() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let toc = SeaToc::new("t", LoadFactor::default());
    let hubs = [
        TerminalHub::glec_v3_default("h1", "CNYSA"),
        TerminalHub::glec_v3_default("h2", "USLAX"),
    ];
    // GLEC v3 Module 2 Table 3: 10.7 kg CO2e per container (ambient), 12.6 (temperature-
    // controlled), no WtT/TtW split: reported as unsplit WtW.
    let dry = shipment_footprint(&v, &basis, &toc, &hubs, &feu(false)).unwrap();
    for t in [&dry.tces[0], &dry.tces[2]] {
        assert_eq!(t.co2e.unsplit_kg, 10.7);
        assert_eq!(t.co2e.wtw_kg, 10.7);
        assert_eq!((t.co2e.wtt_kg, t.co2e.ttw_kg), (0.0, 0.0));
        assert_eq!(t.data_quality, DataQuality::Default);
    }
    assert_eq!(dry.hocs[0].hub_activity_unit, "container");
    let cold = shipment_footprint(&v, &basis, &toc, &hubs, &feu(true)).unwrap();
    assert_eq!(cold.tces[0].co2e.wtw_kg, 12.6);
    assert_eq!(cold.hocs[0].temperature_control, "refrigerated");
    // The chain still adds up: WtT + TtW + unsplit = WtW.
    let t = cold.total;
    assert_relative_eq!(
        t.wtt_kg + t.ttw_kg + t.unsplit_kg,
        t.wtw_kg,
        max_relative = 1e-12
    );
    assert_relative_eq!(t.unsplit_kg, 25.2, max_relative = 1e-12);
}

#[test]
fn reefer_adds_its_plug_energy() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let toc = SeaToc::new("t", LoadFactor::default());
    let dry = shipment_footprint(&v, &basis, &toc, &[], &feu(false)).unwrap();
    let cold = shipment_footprint(&v, &basis, &toc, &[], &feu(true)).unwrap();
    // 2.7 kW/TEU × 2 TEU × sea hours of CNYSA→USLAX, at the auxiliary engines' kg/kWh there:
    // VLSFO outside the ECA at 195 g/kWh, MGO inside at 185 g/kWh (the segments' own SFC).
    let leg = &v.legs()[0];
    let h_out = leg.outside_eca().nautical_miles() / 16.0;
    let h_in = leg.in_eca.nautical_miles() / 16.0;
    let kwh_out = 2.7 * 2.0 * h_out;
    let kwh_in = 2.7 * 2.0 * h_in;
    // The per-kWh factor is the average over the leg's aux work (same power both parts).
    let share_out = h_out / (h_out + h_in);
    let g_per_kwh_wtw = share_out * 195.0 * (0.0402 * 16.8 + 3.164_63)
        + (1.0 - share_out) * 185.0 * (0.0427 * 17.7 + 3.256_63);
    let extra = (kwh_out + kwh_in) * g_per_kwh_wtw * 1e-3;
    let sea = &cold.tces[0];
    assert_relative_eq!(sea.reefer_co2e.wtw_kg, extra, max_relative = 1e-9);
    assert_relative_eq!(
        cold.total.wtw_kg - dry.total.wtw_kg,
        extra,
        max_relative = 1e-9
    );
    assert_eq!(cold.tocs.len(), 2);
    assert_eq!(cold.tocs[1].temperature_control, "refrigerated");
}

/// An ILLUSTRATIVE e-methanol certificate: total E 8 gCO2e/MJ (`docs/data-sources.md`,
/// "Illustrative certificates"), 100 t bunkered at Los Angeles, split in 1,000 units.
fn e_methanol(c: &Corridor) -> CorridorCertificate {
    CorridorCertificate::new(
        "EM-2025-001",
        Fuel::certified(
            PathwayId::EMethanol,
            Certificate::total_e_g_per_mj(8.0).unwrap(),
        ),
        ConverterClass::Ice,
        CertificateQuantity::Mass(tonnes(100.0)),
        "USLAX",
        c,
        Date::new(2025, 6, 10).unwrap(),
        (PathwayId::Vlsfo, ConverterClass::Ice),
        1_000,
    )
    .unwrap()
}

#[test]
fn book_and_claim_sums_to_the_certificate_and_refuses_double_claims() {
    let c = corridor();
    let basis = iso14083_basis().unwrap();
    let mut reg = ClaimRegistry::new();
    let s = reg.register(e_methanol(&c), &basis).unwrap().clone();
    // Energy: 100 t × 19.9 MJ/kg (IMO methanol LCV 0.0199 MJ/g) = 1.99e6 MJ.
    assert_relative_eq!(s.energy_mj, 100.0e6 * 0.0199, max_relative = 1e-12);
    // VLSFO WtW per MJ: 16.8 + 3.16463 / 0.0402 = 95.5221 gCO2e/MJ.
    assert_relative_eq!(
        s.fossil_wtw_g_per_mj,
        16.8 + 3.164_63 / 0.0402,
        max_relative = 1e-9
    );
    // Saving = (fossil − green) × E; green WtW from its certificate (8 + CH4/N2O terms).
    assert_relative_eq!(
        s.saving_wtw_t,
        (s.fossil_wtw_g_per_mj - s.green_wtw_g_per_mj) * s.energy_mj * 1e-6,
        max_relative = 1e-12
    );
    assert!(s.green_wtw_g_per_mj > 8.0 && s.green_wtw_g_per_mj < 12.0);

    // Claims on disjoint ranges, then a second claim on unit 150.
    let v = voyage();
    let fp = shipment_footprint(
        &v,
        &basis,
        &SeaToc::new("t", LoadFactor::default()),
        &hubs(),
        &feu(false),
    )
    .unwrap();
    let per_unit = s.saving_per_unit_kg; // ≈ 170 kg
    let n_fit = (fp.total.wtw_kg / per_unit).floor() as u32;
    let cf = reg.claim_for("EM-2025-001", &fp, 0..n_fit).unwrap();
    assert_relative_eq!(
        cf.claimed_reduction_wtw_kg,
        f64::from(n_fit) * per_unit,
        max_relative = 1e-12
    );
    assert!(cf.net_wtw_kg >= 0.0 && cf.net_wtw_kg < per_unit);
    // One more unit would take the FEU below zero: refused, nothing recorded.
    let e = reg
        .claim_for("EM-2025-001", &fp, n_fit..n_fit + 1)
        .unwrap_err();
    assert_eq!(e.field(), Some("claim.units"));
    assert_eq!(reg.unclaimed_units("EM-2025-001").unwrap(), 1_000 - n_fit);

    let e = reg.claim("EM-2025-001", "other", 0..1).unwrap_err();
    assert!(
        matches!(e, Error::AlreadyClaimed { ref unit, ref claimed_by, .. } if unit == "0" && claimed_by == "FEU-1"),
        "{e}"
    );
    // Overlapping range: refused as a whole.
    let e = reg
        .claim("EM-2025-001", "other", n_fit - 1..n_fit + 5)
        .unwrap_err();
    assert!(matches!(e, Error::AlreadyClaimed { .. }));
    assert_eq!(reg.unclaimed_units("EM-2025-001").unwrap(), 1_000 - n_fit);
    // Over-claim past the last unit.
    let e = reg.claim("EM-2025-001", "other", 990..1_001).unwrap_err();
    assert_eq!(e.field(), Some("claim.units"));

    // The rest, by other shipments: all claims sum to the certificate's saving.
    reg.claim("EM-2025-001", "B", n_fit..500).unwrap();
    reg.claim("EM-2025-001", "C", 500..1_000).unwrap();
    assert_eq!(reg.unclaimed_units("EM-2025-001").unwrap(), 0);
    assert_relative_eq!(
        reg.claimed_on("EM-2025-001") * 1e-3,
        s.saving_wtw_t,
        max_relative = 1e-12
    );
    assert!(reg.claim("EM-2025-001", "D", 999..1_000).is_err());
}

#[test]
fn certificates_refuse_bad_input() {
    let c = corridor();
    let d = Date::new(2025, 6, 10).unwrap();
    let fuel = Fuel::certified(
        PathwayId::EMethanol,
        Certificate::total_e_g_per_mj(8.0).unwrap(),
    );
    let mk = |f: Fuel, q: CertificateQuantity, port: &str, units: u32| {
        CorridorCertificate::new(
            "x",
            f,
            ConverterClass::Ice,
            q,
            port,
            &c,
            d,
            (PathwayId::Vlsfo, ConverterClass::Ice),
            units,
        )
    };
    let q = CertificateQuantity::Mass(tonnes(10.0));
    let e = mk(fuel.clone(), q, "NLRTM", 10).unwrap_err();
    assert_eq!(e.field(), Some("certificate.bunkered_at"));
    let e = mk(Fuel::new(PathwayId::Vlsfo), q, "USLAX", 10).unwrap_err();
    assert_eq!(e.field(), Some("certificate.fuel.pathway"));
    let e = mk(
        fuel.clone(),
        CertificateQuantity::Mass(tonnes(-1.0)),
        "USLAX",
        10,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("certificate.quantity"));
    let e = mk(
        fuel.clone(),
        CertificateQuantity::Energy(megajoules(f64::NAN)),
        "USLAX",
        10,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("certificate.quantity"));
    let e = mk(fuel.clone(), q, "USLAX", 0).unwrap_err();
    assert_eq!(e.field(), Some("certificate.units"));
    // Long Beach is on the corridor too.
    assert!(mk(fuel, q, "USLGB", 10).is_ok());
}

#[test]
fn shipments_refuse_bad_input() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let toc = SeaToc::new("t", LoadFactor::default());
    let run = |s: &ContainerShipment, t: &SeaToc, h: &[TerminalHub]| {
        shipment_footprint(&v, &basis, t, h, s)
    };
    let field =
        |r: green_corridor::Result<ShipmentFootprint>| r.unwrap_err().field().map(str::to_string);
    // Negative TEU (containers), NaN mass.
    let s = ContainerShipment {
        containers: -1.0,
        ..feu(false)
    };
    assert_eq!(
        field(run(&s, &toc, &[])).as_deref(),
        Some("shipment.containers")
    );
    let s = ContainerShipment {
        cargo_mass: tonnes(f64::NAN),
        ..feu(false)
    };
    assert_eq!(
        field(run(&s, &toc, &[])).as_deref(),
        Some("shipment.cargo_mass_t")
    );
    // Load factor above 1 (built by hand, bypassing LoadFactor::new).
    let t = SeaToc::new(
        "t",
        LoadFactor {
            utilisation: 1.2,
            tonnes_per_teu: 10.0,
        },
    );
    assert_eq!(
        field(run(&feu(false), &t, &[])).as_deref(),
        Some("toc.load.utilisation")
    );
    let t = SeaToc {
        empty_container_share: 1.0,
        ..toc.clone()
    };
    assert_eq!(
        field(run(&feu(false), &t, &[])).as_deref(),
        Some("toc.empty_container_share")
    );
    // A hub with a NaN grid, and one at a port off the chain.
    let mut h = hubs();
    if let HubOperation::Energy { grid, .. } = &mut h[0].operation {
        grid.g_per_kwh = f64::NAN;
    }
    assert_eq!(
        field(run(&feu(false), &toc, &h)).as_deref(),
        Some("hubs[0].grid.g_per_kwh")
    );
    let mut h = hubs();
    h[1].port = "NLRTM".into();
    assert_eq!(
        field(run(&feu(false), &toc, &h)).as_deref(),
        Some("hubs[1].port")
    );
    // A port not on the voyage.
    let s = ContainerShipment {
        to: "NLRTM".into(),
        ..feu(false)
    };
    assert_eq!(field(run(&s, &toc, &[])).as_deref(), Some("shipment.to"));
    // More boxes than loaded slots.
    let s = ContainerShipment {
        containers: 6_000.0,
        ..feu(false)
    };
    assert_eq!(
        field(run(&s, &toc, &[])).as_deref(),
        Some("shipment.containers")
    );
}

#[test]
fn footprint_json_has_the_documented_fields() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let fp = shipment_footprint(
        &v,
        &basis,
        &SeaToc::new("t", LoadFactor::default()),
        &hubs(),
        &feu(true),
    )
    .unwrap();
    let j: serde_json::Value = serde_json::to_value(&fp).unwrap();
    for k in [
        "shipment_id",
        "mass_kg",
        "teu",
        "basis",
        "tces",
        "tocs",
        "hocs",
        "total",
        "per_teu",
        "data_quality",
        "notes",
    ] {
        assert!(j.get(k).is_some(), "{k}");
    }
    let tce = &j["tces"][1];
    for k in [
        "tce_id",
        "prev_tce_ids",
        "toc_id",
        "mass_kg",
        "packaging_or_tr_eq_type",
        "distance_km",
        "transport_activity_t_km",
        "co2e",
        "data_quality",
    ] {
        assert!(tce.get(k).is_some(), "{k}");
    }
    assert_eq!(j["tocs"][0]["transport_activity_unit"], "TEUkm");
    assert_eq!(j["hocs"][0]["hub_activity_unit"], "TEU");
    assert_eq!(j["tces"][0]["packaging_or_tr_eq_amount"], 2.0);
}

#[test]
fn inputs_validate_on_deserialisation() {
    let good = serde_json::to_string(&feu(false)).unwrap();
    let back: ContainerShipment = serde_json::from_str(&good).unwrap();
    assert_eq!(back, feu(false));
    let bad = good.replace("\"containers\":1.0", "\"containers\":-2.0");
    let e = serde_json::from_str::<ContainerShipment>(&bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("shipment.containers"), "{e}");
    let toc = serde_json::to_string(&SeaToc::new("t", LoadFactor::default())).unwrap();
    let bad = toc.replace(
        "\"empty_container_share\":0.0",
        "\"empty_container_share\":1.5",
    );
    let e = serde_json::from_str::<SeaToc>(&bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("toc.empty_container_share"), "{e}");
    let cert = serde_json::to_string(&e_methanol(&corridor())).unwrap();
    let back: CorridorCertificate = serde_json::from_str(&cert).unwrap();
    // (the certificate's g/MJ goes through SI units and back: compare the fields that do not)
    assert_eq!(
        (back.id.as_str(), back.units, back.bunkered_at.as_str()),
        ("EM-2025-001", 1_000, "USLAX")
    );
    let bad = cert.replace("\"units\":1000", "\"units\":0");
    assert!(serde_json::from_str::<CorridorCertificate>(&bad).is_err());
}

/// Hostile numbers into the shipment and certificate inputs: a typed error naming a field, or
/// finite results — never a panic, never NaN or infinity inside an `Ok`.
#[test]
fn hostile_numbers_give_typed_errors_or_finite_results() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let c = corridor();
    let values = [
        f64::NAN,
        f64::INFINITY,
        -1.0,
        0.0,
        1e-300,
        0.3,
        1.0,
        2.5,
        1e300,
    ];
    let finite = |fp: &ShipmentFootprint| {
        let t = fp.total;
        [
            t.wtt_kg,
            t.ttw_kg,
            t.unsplit_kg,
            t.wtw_kg,
            fp.per_teu.wtw_kg,
        ]
        .iter()
        .all(|x| x.is_finite())
            && fp
                .tocs
                .iter()
                .all(|t| t.intensity.wtw_g_per_t_km.is_finite())
    };
    for &a in &values {
        for &b in &values {
            let s = ContainerShipment {
                containers: a,
                cargo_mass: tonnes(b),
                reefer: a > 1.0,
                ..feu(false)
            };
            let toc = SeaToc {
                empty_container_share: b,
                reefer_kw_per_teu: a,
                allocation: if b > 1.0 {
                    AllocationUnit::Tonne
                } else {
                    AllocationUnit::Teu
                },
                ..SeaToc::new(
                    "t",
                    LoadFactor {
                        utilisation: a,
                        tonnes_per_teu: b,
                    },
                )
            };
            let hub = TerminalHub {
                operation: HubOperation::Energy {
                    electricity_kwh_per_teu: a,
                    diesel_kg_per_teu: b,
                    grid: GridIntensity::california(),
                },
                ..TerminalHub::glec_v3_default("h", "CNYSA")
            };
            for (s, t) in [
                (&s, &SeaToc::new("t", LoadFactor::default())),
                (&feu(true), &toc),
            ] {
                match shipment_footprint(&v, &basis, t, std::slice::from_ref(&hub), s) {
                    Ok(fp) => assert!(finite(&fp), "{a} {b}: {:?}", fp.total),
                    Err(e) => assert!(
                        e.field().is_some() || matches!(e, Error::Undefined { .. }),
                        "{e}"
                    ),
                }
            }
            let q = if a > 1.0 {
                CertificateQuantity::Mass(tonnes(b))
            } else {
                CertificateQuantity::Energy(megajoules(b))
            };
            let cert = CorridorCertificate::new(
                "x",
                Fuel::certified(
                    PathwayId::EMethanol,
                    Certificate::total_e_g_per_mj(8.0).unwrap(),
                ),
                ConverterClass::Ice,
                q,
                "USLAX",
                &c,
                Date::new(2025, 1, 1).unwrap(),
                (PathwayId::Vlsfo, ConverterClass::Ice),
                if a.is_finite() && a >= 0.0 {
                    (a as u32).max(1)
                } else {
                    0
                },
            );
            match cert {
                Ok(cert) => {
                    let s = cert.saving(&basis).unwrap();
                    assert!(
                        s.saving_wtw_t.is_finite() && s.saving_per_unit_kg.is_finite(),
                        "{s:?}"
                    );
                }
                Err(e) => assert!(e.field().is_some(), "{e}"),
            }
        }
    }
}

#[test]
fn one_feu_on_every_fuel_option_of_the_scenario_file() {
    use green_corridor::scenario::Scenario;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/shanghai_los_angeles.toml"
    );
    let scenario = Scenario::from_path(path).unwrap();
    let basis = iso14083_basis().unwrap();
    let toc = SeaToc::new("weekly", LoadFactor::default());
    let hubs = [
        TerminalHub::glec_v3_default("h1", "CNYSA"),
        TerminalHub::glec_v3_default("h2", "USLAX"),
    ];
    let all = footprints_by_option(&scenario, &basis, &toc, &hubs, &feu(false)).unwrap();
    assert_eq!(all.len(), scenario.fuel_options().len());
    let run = scenario.run(std::slice::from_ref(&basis)).unwrap();
    for (o, r) in all.iter().zip(&run.options) {
        // Each is exactly the footprint on that option's voyage at the scenario's load.
        let t = SeaToc {
            load: scenario.load(),
            ..toc.clone()
        };
        let direct =
            shipment_footprint(&r.groups[0].voyage, &basis, &t, &hubs, &feu(false)).unwrap();
        assert_eq!(o.footprint, direct, "{}", o.option);
        assert!(o.footprint.total.wtw_kg.is_finite() && o.footprint.total.wtw_kg > 0.0);
    }
    // The e-methanol option's sea leg emits less WtW than the VLSFO one.
    let wtw = |name: &str| {
        all.iter()
            .find(|o| o.option == name)
            .unwrap()
            .footprint
            .tces[1]
            .co2e
            .wtw_kg
    };
    assert!(wtw("e-methanol") < wtw("VLSFO, MGO in the ECA"));
}
