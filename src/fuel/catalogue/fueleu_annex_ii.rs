//! FuelEU Maritime — Regulation (EU) 2023/1805, Annex II default emission factors.
//!
//! Units: LCV MJ/g; WtT gCO2e/MJ; Cf g gas / g fuel; Cslip % of fuel mass.
//!
//! The full Official Journal text (OJ L 234, 22.9.2023, p. 48–100) could not be opened where
//! these rows were gathered; each row is cross-checked across independent secondary sources
//! (UK Government's UK ETS maritime service, SINTEF FEEMS, several FuelEU calculators) as listed
//! in `docs/data-sources.md`, "FuelEU Maritime Annex II" (and "Methane slip"). Rows marked
//! [`Confidence::Conflict`] or [`Confidence::Single`] must be re-checked against the OJ.
//!
//! Cells printed "TBM" are `None` here and are filled by the missing-value rule
//! (see `docs/methodology.md` §4). Biofuel and RFNBO WtT values are `None`: they come from the batch's
//! certificate ([`Certificate`](crate::fuel::Certificate)).

use super::RawRow;
use crate::fuel::converter::ConverterClass;
use crate::fuel::factors::{Confidence, ValueOrigin};
use crate::fuel::pathway::PathwayId;

/// Name of the set in reports.
pub const NAME: &str = "FuelEU Annex II (Reg. (EU) 2023/1805)";

/// Methane slip Cslip of LNG, bio-LNG and e-LNG by fuel consumer class, % of fuel mass.
///
/// Reg. (EU) 2023/1805 Annex II LNG rows: Otto medium speed 3.1, Otto slow speed 1.7, Diesel slow
/// speed 0.2, LBSI 2.6 (UK ETS maritime preselected list, FEEMS, three calculators agree).
/// Steam turbines and boilers 0.01: SINGLE (secondary sources only; not in the UK ETS list;
/// its legal home is not verified). Gas turbines and fuel cells have no Annex II slip value:
/// a measured value must be supplied.
pub const METHANE_SLIP_PERCENT: &[(ConverterClass, f64)] = &[
    (ConverterClass::LngOttoMediumSpeed, 3.1),
    (ConverterClass::LngOttoSlowSpeed, 1.7),
    (ConverterClass::LngDieselSlowSpeed, 0.2),
    (ConverterClass::LeanBurnSparkIgnited, 2.6),
    (ConverterClass::SteamTurbineOrBoiler, 0.01),
];

/// The Annex II rows.
pub(crate) fn rows() -> Vec<RawRow> {
    use Confidence::*;
    use PathwayId as P;
    use ValueOrigin::Printed;
    let fossil = |pathway, lcv, wtt, cf_co2, ch4, n2o, confidence, source| RawRow {
        pathway,
        lcv,
        wtt: Some(wtt),
        wtt_origin: Printed,
        cf_co2,
        cf_ch4: ch4,
        cf_n2o: n2o,
        fuel_cell: None,
        confidence,
        source,
    };
    let certified = |pathway, lcv, cf_co2, ch4, n2o, confidence, source| RawRow {
        pathway,
        lcv,
        wtt: None,
        wtt_origin: Printed,
        cf_co2,
        cf_ch4: ch4,
        cf_n2o: n2o,
        fuel_cell: None,
        confidence,
        source,
    };
    vec![
        fossil(
            P::Hfo,
            0.0405,
            13.5,
            3.114,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, HFO (ISO 8217 RME-RMK); UK ETS helper.ts, FEEMS fuel_eu_fuel_table.csv, h2map; WtW 91.744 gCO2e/MJ (BetterSea worked example)",
        ),
        fossil(
            P::Vlsfo,
            0.0405,
            13.5,
            3.114,
            Some(0.00005),
            Some(0.00018),
            Conflict,
            "Reg. (EU) 2023/1805 Annex II has no VLSFO row: residual fuel is filed by ISO 8217 grade, and RMG VLSFO falls in the HFO row (h2map dataset note). FEEMS' non-Annex 'VLSFO' row (0.041/13.2/3.206) is not used. If the BDN grade is RMA-RMD use 'lfo'.",
        ),
        fossil(
            P::Lfo,
            0.0410,
            13.2,
            3.151,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, LFO (ISO 8217 RMA-RMD); UK ETS helper.ts, FEEMS, h2map",
        ),
        fossil(
            P::MdoMgo,
            0.0427,
            14.4,
            3.206,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, MDO/MGO (ISO 8217 DMX-DMB); UK ETS helper.ts, FEEMS, h2map",
        ),
        fossil(
            P::Lng,
            0.0491,
            18.5,
            2.750,
            Some(0.0),
            Some(0.00011),
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, LNG; LCV 0.0491 in every FuelEU source; FEEMS uses 0.048 (the IMO MEPC.364(79) value) - not used",
        ),
        fossil(
            P::LpgButane,
            0.0460,
            7.8,
            3.030,
            None,
            None,
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, LPG butane; CH4/N2O TBM (FEEMS uses 0/0)",
        ),
        fossil(
            P::LpgPropane,
            0.0460,
            7.8,
            3.000,
            None,
            None,
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, LPG propane; CH4/N2O TBM (FEEMS uses 0/0)",
        ),
        RawRow {
            fuel_cell: Some((0.0, 0.0)),
            ..fossil(
                P::H2NaturalGas,
                0.1200,
                132.0,
                0.0,
                Some(0.0),
                None,
                Conflict,
                "Reg. (EU) 2023/1805 Annex II, H2 from natural gas; fuel cell N2O 0; ICE N2O TBM (UK ETS option 0.00018; FEEMS 0)",
            )
        },
        fossil(
            P::Nh3NaturalGas,
            0.0186,
            121.0,
            0.0,
            None,
            None,
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, NH3 from natural gas; CH4/N2O TBM (UK ETS defaults 0.00005/0.00018; FEEMS 0/0)",
        ),
        fossil(
            P::MethanolNaturalGas,
            0.0199,
            31.3,
            1.375,
            None,
            None,
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, methanol from natural gas; CH4/N2O TBM",
        ),
        certified(
            P::BioEthanol,
            0.0270,
            1.913,
            Some(0.00005),
            Some(0.00018),
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, bio-ethanol; LCV 0.0270 (UK ETS, SQL, Korean calc) vs 0.0268 (FEEMS, = IMO)",
        ),
        certified(
            P::BioDieselFame,
            0.0370,
            2.834,
            Some(0.00005),
            Some(0.00018),
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, bio-diesel (FAME); LCV 0.0370 (UK ETS, SQL, ESSF example) vs 0.0372 (FEEMS) or 0.03727",
        ),
        certified(
            P::Hvo,
            0.0440,
            3.115,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, HVO; UK ETS, FEEMS, Korean calc, SQL",
        ),
        certified(
            P::BioLng,
            0.0500,
            2.750,
            Some(0.0),
            Some(0.00011),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, bio-LNG; slip by LNG consumer class",
        ),
        certified(
            P::BioMethanol,
            0.0200,
            1.375,
            Some(0.00005),
            Some(0.00018),
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, bio-methanol; LCV 0.0200 vs 0.0199 (FEEMS)",
        ),
        RawRow {
            fuel_cell: Some((0.0, 0.0)),
            ..certified(
                P::BioH2,
                0.1200,
                0.0,
                Some(0.0),
                None,
                Confirmed,
                "Reg. (EU) 2023/1805 Annex II, bio-H2; fuel cell N2O 0; ICE N2O TBM (UK ETS option 0.00018)",
            )
        },
        certified(
            P::EDiesel,
            0.0427,
            3.206,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, e-diesel; UK ETS, FEEMS, Korean calc, SQL",
        ),
        certified(
            P::EMethanol,
            0.0199,
            1.375,
            Some(0.00005),
            Some(0.00018),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, e-methanol; UK ETS, FEEMS, Korean calc, SQL",
        ),
        certified(
            P::ELng,
            0.0491,
            2.750,
            Some(0.0),
            Some(0.00011),
            Confirmed,
            "Reg. (EU) 2023/1805 Annex II, e-LNG; slip by LNG consumer class",
        ),
        RawRow {
            fuel_cell: Some((0.0, 0.0)),
            ..certified(
                P::EH2,
                0.1200,
                0.0,
                Some(0.0),
                None,
                Conflict,
                "Reg. (EU) 2023/1805 Annex II, e-H2; fuel cell N2O 0; ICE N2O TBM (UK ETS option 0.00018; FEEMS 0)",
            )
        },
        certified(
            P::ENh3,
            0.0186,
            0.0,
            None,
            None,
            Conflict,
            "Reg. (EU) 2023/1805 Annex II, e-NH3; CH4/N2O TBM (UK ETS defaults 0.00005/0.00018; FEEMS 0/0; SQL CH4 0)",
        ),
        certified(
            P::ELpg,
            0.0460,
            3.000,
            None,
            None,
            Single,
            "Reg. (EU) 2023/1805 Annex II, e-LPG; Cf 3.000 (SQL dump; = propane stoichiometry) vs 3.206 (UK ETS form default, a copy of e-diesel); needs the OJ",
        ),
        certified(
            P::EDme,
            0.0288,
            1.910,
            None,
            None,
            Single,
            "Reg. (EU) 2023/1805 Annex II, e-DME; LCV 0.0288 and Cf 1.910 (SQL dump, LCV typo 0.288 corrected; Cf = DME stoichiometry 2x44.01/46.07); needs the OJ",
        ),
    ]
}
