//! IMO factor tables: the DCS/CII CO2 conversion factors and the LCA Guidelines defaults.
//!
//! Units: LCV MJ/g; WtT gCO2e/MJ; Cf g gas / g fuel; Cslip % of fuel mass.

use super::RawRow;
use crate::fuel::converter::ConverterClass;
use crate::fuel::factors::{Confidence, ValueOrigin};
use crate::fuel::pathway::PathwayId;

/// Name of the IMO DCS/CII set in reports.
pub const DCS_NAME: &str = "IMO DCS/CII Cf (MEPC.364(79))";

/// Name of the IMO LCA set in reports.
pub const LCA_NAME: &str = "IMO LCA Guidelines defaults (MEPC.391(81))";

/// IMO DCS counts CO2 as Cf × fuel mass; methane slip is not modelled, so every class has a
/// slip of zero (the whole fuel mass is multiplied by Cf).
pub const DCS_METHANE_SLIP_PERCENT: &[(ConverterClass, f64)] = &[
    (ConverterClass::Ice, 0.0),
    (ConverterClass::LngOttoMediumSpeed, 0.0),
    (ConverterClass::LngOttoSlowSpeed, 0.0),
    (ConverterClass::LngDieselSlowSpeed, 0.0),
    (ConverterClass::LeanBurnSparkIgnited, 0.0),
    (ConverterClass::SteamTurbineOrBoiler, 0.0),
    (ConverterClass::GasTurbine, 0.0),
    (ConverterClass::FuelCell, 0.0),
];

/// Methane slip Cslip under the IMO LCA Guidelines (MEPC.391(81)), % of fuel mass: Otto
/// medium speed 3.5, Otto slow speed 1.7, Diesel slow speed 0.15, LBSI 2.6, steam turbines and
/// boilers 0.01. SINGLE: one secondary chain (h2map `methaneSlip.byEngine` citing Sustainable
/// Ships, July 2025; the Korean GFI calculator agrees on 0.15 %). Primary text not checked.
pub const LCA_METHANE_SLIP_PERCENT: &[(ConverterClass, f64)] = &[
    (ConverterClass::LngOttoMediumSpeed, 3.5),
    (ConverterClass::LngOttoSlowSpeed, 1.7),
    (ConverterClass::LngDieselSlowSpeed, 0.15),
    (ConverterClass::LeanBurnSparkIgnited, 2.6),
    (ConverterClass::SteamTurbineOrBoiler, 0.01),
];

/// IMO DCS/CII rows: Cf and LCV of the 2022 EEDI Guidelines, MEPC.364(79) (same table as
/// MEPC.308(73)), used by IMO DCS (MEPC.348(78)) and the CII (MEPC.352(78)).
///
/// Carbon-free fuels (H2, NH3) get Cf = 0 by chemistry. Biofuels and RFNBOs get the Cf of the
/// fossil fuel of the same type, which MEPC.1/Circ.905 prescribes for a biofuel without a
/// qualifying certificate; with a certificate whose WtW value is at most 33 gCO2e/MJ (a 65 %
/// reduction against 94) the accounting basis applies Cf = WtW × LCV instead (see
/// [`AccountingBasis::imo_dcs`](crate::emissions::AccountingBasis::imo_dcs)).
/// LCVs of rows MEPC.364(79) does not list are FuelEU Annex II values (marked proxy).
pub(crate) fn dcs_rows() -> Vec<RawRow> {
    use Confidence::*;
    use PathwayId as P;
    let row = |pathway, lcv, cf_co2, confidence, source| RawRow {
        pathway,
        lcv,
        wtt: None,
        wtt_origin: ValueOrigin::Printed,
        cf_co2,
        cf_ch4: Some(0.0),
        cf_n2o: Some(0.0),
        fuel_cell: None,
        confidence,
        source,
    };
    vec![
        row(
            P::Hfo,
            0.0402,
            3.114,
            Confirmed,
            "MEPC.364(79) Table: HFO (ISO 8217 RME-RMK), Cf 3.114, LCV 40,200 kJ/kg",
        ),
        row(
            P::Vlsfo,
            0.0402,
            3.114,
            Confirmed,
            "MEPC.364(79): residual VLSFO (RMG grades) is the HFO row, Cf 3.114",
        ),
        row(
            P::Lfo,
            0.0412,
            3.151,
            Conflict,
            "MEPC.364(79) Table: LFO (ISO 8217 RMA-RMD), Cf 3.151, LCV 41,200 kJ/kg (FEEMS IMO table prints 40,200, likely a copy error)",
        ),
        row(
            P::MdoMgo,
            0.0427,
            3.206,
            Confirmed,
            "MEPC.364(79) Table: diesel/gas oil (ISO 8217 DMX-DMB), Cf 3.206, LCV 42,700 kJ/kg",
        ),
        row(
            P::Lng,
            0.0480,
            2.750,
            Confirmed,
            "MEPC.364(79) Table: LNG, Cf 2.750, LCV 48,000 kJ/kg",
        ),
        row(
            P::LpgPropane,
            0.0463,
            3.000,
            Confirmed,
            "MEPC.364(79) Table: LPG propane, Cf 3.000, LCV 46,300 kJ/kg",
        ),
        row(
            P::LpgButane,
            0.0457,
            3.030,
            Confirmed,
            "MEPC.364(79) Table: LPG butane, Cf 3.030, LCV 45,700 kJ/kg",
        ),
        row(
            P::Ethane,
            0.0464,
            2.927,
            Confirmed,
            "MEPC.364(79) Table: ethane, Cf 2.927, LCV 46,400 kJ/kg",
        ),
        row(
            P::MethanolNaturalGas,
            0.0199,
            1.375,
            Confirmed,
            "MEPC.364(79) Table: methanol, Cf 1.375, LCV 19,900 kJ/kg",
        ),
        row(
            P::H2NaturalGas,
            0.1200,
            0.0,
            Proxy,
            "carbon-free: Cf 0 by chemistry; LCV from FuelEU Annex II (no MEPC.364(79) row)",
        ),
        row(
            P::Nh3NaturalGas,
            0.0186,
            0.0,
            Proxy,
            "carbon-free: Cf 0 by chemistry; LCV from FuelEU Annex II (no MEPC.364(79) row)",
        ),
        row(
            P::BioEthanol,
            0.0268,
            1.913,
            Confirmed,
            "MEPC.364(79) Table: ethanol, Cf 1.913, LCV 26,800 kJ/kg; certified Cf per MEPC.1/Circ.905",
        ),
        row(
            P::BioDieselFame,
            0.0370,
            2.834,
            Proxy,
            "no MEPC.364(79) row: FAME Cf 2.834 and LCV from FuelEU Annex II; certified Cf per MEPC.1/Circ.905",
        ),
        row(
            P::Hvo,
            0.0440,
            3.115,
            Proxy,
            "no MEPC.364(79) row: HVO Cf 3.115 and LCV from FuelEU Annex II; certified Cf per MEPC.1/Circ.905",
        ),
        row(
            P::BioLng,
            0.0480,
            2.750,
            Confirmed,
            "MEPC.364(79) LNG row (fossil equivalent per MEPC.1/Circ.905)",
        ),
        row(
            P::BioMethanol,
            0.0199,
            1.375,
            Confirmed,
            "MEPC.364(79) methanol row (fossil equivalent per MEPC.1/Circ.905)",
        ),
        row(
            P::BioH2,
            0.1200,
            0.0,
            Proxy,
            "carbon-free: Cf 0; LCV from FuelEU Annex II",
        ),
        row(
            P::EDiesel,
            0.0427,
            3.206,
            Confirmed,
            "MEPC.364(79) diesel/gas oil row (fossil equivalent)",
        ),
        row(
            P::EMethanol,
            0.0199,
            1.375,
            Confirmed,
            "MEPC.364(79) methanol row (fossil equivalent)",
        ),
        row(
            P::ELng,
            0.0480,
            2.750,
            Confirmed,
            "MEPC.364(79) LNG row (fossil equivalent)",
        ),
        row(
            P::EH2,
            0.1200,
            0.0,
            Proxy,
            "carbon-free: Cf 0; LCV from FuelEU Annex II",
        ),
        row(
            P::ENh3,
            0.0186,
            0.0,
            Proxy,
            "carbon-free: Cf 0; LCV from FuelEU Annex II",
        ),
        row(
            P::ELpg,
            0.0463,
            3.000,
            Confirmed,
            "MEPC.364(79) LPG propane row (fossil equivalent)",
        ),
        row(
            P::EDme,
            0.0288,
            1.910,
            Proxy,
            "no MEPC.364(79) row: DME Cf 1.910 by stoichiometry, LCV from FuelEU Annex II",
        ),
    ]
}

/// IMO LCA Guidelines (MEPC.391(81), adopted 22 March 2024) default factors, with AR5 GWPs
/// applied by the basis.
///
/// Known defaults (secondary sources, primary text not checked): LCVs of MEPC.364(79); WtT of
/// residual fuel 0.10 < S ≤ 0.50 % (VLSFO) 16.8 and S > 0.50 % (HSFO) 14.1 (CONFLICT: 14.9 in
/// one calculator); distillates 17.7 (SINGLE); TtW Cf CH4/N2O of liquid fossil fuels
/// 0.00005/0.00018 and LNG N2O 0.00011 (SINGLE). No IMO default WtT for fossil LNG, LPG,
/// grey hydrogen, ammonia or methanol was published as of mid-2026: the FuelEU Annex II value
/// stands in (marked [`ValueOrigin::Proxy`]). Biofuels and RFNBOs need a certified WtT.
pub(crate) fn lca_rows() -> Vec<RawRow> {
    use Confidence::*;
    use PathwayId as P;
    use ValueOrigin::{Printed, Proxy as ProxyOrigin};
    let liquid = (Some(0.00005), Some(0.00018));
    let row = |pathway,
               lcv,
               wtt: Option<f64>,
               wtt_origin,
               cf_co2,
               (ch4, n2o): (Option<f64>, Option<f64>),
               confidence,
               source| RawRow {
        pathway,
        lcv,
        wtt,
        wtt_origin,
        cf_co2,
        cf_ch4: ch4,
        cf_n2o: n2o,
        fuel_cell: None,
        confidence,
        source,
    };
    let gas = (Some(0.0), Some(0.00011));
    let h2 = (Some(0.0), None);
    vec![
        row(P::Hfo, 0.0402, Some(14.1), Printed, 3.114, liquid, Conflict,
            "MEPC.391(81) residual fuel S > 0.50 % WtT 14.1 (h2map via arXiv:2502.07201) vs 14.9 (Korean GFI calculator); LCV MEPC.364(79)"),
        row(P::Vlsfo, 0.0402, Some(16.8), Printed, 3.114, liquid, Confirmed,
            "MEPC.391(81) residual fuel 0.10 < S <= 0.50 % WtT 16.8 (h2map via arXiv:2502.07201; Korean GFI calculator); LCV MEPC.364(79)"),
        row(P::Lfo, 0.0412, Some(16.8), ProxyOrigin, 3.151, liquid, Proxy,
            "no LFO band in MEPC.391(81) sources: the VLSFO residual band 16.8 stands in; LCV MEPC.364(79)"),
        row(P::MdoMgo, 0.0427, Some(17.7), Printed, 3.206, liquid, Single,
            "MEPC.391(81) distillate WtT 17.7 (Korean GFI calculator only); LCV MEPC.364(79)"),
        row(P::Lng, 0.0480, Some(18.5), ProxyOrigin, 2.750, gas, Proxy,
            "no IMO default WtT for fossil LNG (h2map citing ICCT): FuelEU Annex II 18.5 stands in; LCV 0.048 MEPC.364(79)"),
        row(P::LpgPropane, 0.0463, Some(7.8), ProxyOrigin, 3.000, liquid, Proxy,
            "no IMO default WtT: FuelEU 7.8 stands in; LCV MEPC.364(79)"),
        row(P::LpgButane, 0.0457, Some(7.8), ProxyOrigin, 3.030, liquid, Proxy,
            "no IMO default WtT: FuelEU 7.8 stands in; LCV MEPC.364(79)"),
        row(P::H2NaturalGas, 0.1200, Some(132.0), ProxyOrigin, 0.0, h2, Proxy,
            "no IMO default WtT: FuelEU 132 stands in"),
        row(P::Nh3NaturalGas, 0.0186, Some(121.0), ProxyOrigin, 0.0, (None, None), Proxy,
            "no IMO default WtT: FuelEU 121 stands in"),
        row(P::MethanolNaturalGas, 0.0199, Some(31.3), ProxyOrigin, 1.375, (None, None), Proxy,
            "no IMO default WtT: FuelEU 31.3 stands in; LCV MEPC.364(79)"),
        row(P::BioEthanol, 0.0268, None, Printed, 1.913, liquid, Single, "certified WtT; LCV MEPC.364(79)"),
        row(P::BioDieselFame, 0.0370, None, Printed, 2.834, liquid, Proxy, "certified WtT; LCV and Cf from FuelEU Annex II"),
        row(P::Hvo, 0.0440, None, Printed, 3.115, liquid, Proxy, "certified WtT; LCV and Cf from FuelEU Annex II"),
        row(P::BioLng, 0.0480, None, Printed, 2.750, gas, Single, "certified WtT; LNG LCV MEPC.364(79)"),
        row(P::BioMethanol, 0.0199, None, Printed, 1.375, liquid, Single, "certified WtT; methanol LCV MEPC.364(79)"),
        row(P::BioH2, 0.1200, None, Printed, 0.0, h2, Proxy, "certified WtT; LCV from FuelEU Annex II"),
        row(P::EDiesel, 0.0427, None, Printed, 3.206, liquid, Single, "certified WtT; diesel LCV MEPC.364(79)"),
        row(P::EMethanol, 0.0199, None, Printed, 1.375, liquid, Single, "certified WtT; methanol LCV MEPC.364(79)"),
        row(P::ELng, 0.0480, None, Printed, 2.750, gas, Single, "certified WtT; LNG LCV MEPC.364(79)"),
        row(P::EH2, 0.1200, None, Printed, 0.0, h2, Proxy, "certified WtT; LCV from FuelEU Annex II"),
        row(P::ENh3, 0.0186, None, Printed, 0.0, (None, None), Proxy, "certified WtT; LCV from FuelEU Annex II"),
    ]
    .into_iter()
    .map(|mut r| {
        // Hydrogen in a fuel cell emits no CH4 or N2O (as FuelEU Annex II's fuel-cell rows).
        if r.pathway.family() == crate::fuel::FuelFamily::Hydrogen {
            r.fuel_cell = Some((0.0, 0.0));
        }
        r
    })
    .collect()
}
