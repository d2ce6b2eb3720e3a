//! Cited constants of the port-side models, as data. Every value is listed with its source,
//! table and confidence in `docs/data-sources.md`, "Port side — grids, CARB At-Berth, EPA
//! propulsion".

/// US EPA eGRID2023 (revision 2), subregion CAMX (WECC California): annual **total-output**
/// CO2-equivalent emission rate, lb CO2e per MWh generated (EPA, eGRID summary tables,
/// <https://www.epa.gov/egrid/summary-data>). Generation only: no upstream fuel-supply
/// emissions and no transmission and distribution losses. SINGLE (read in one public
/// transcription; not checked against EPA's own table).
pub const EGRID2023_CAMX_CO2E_LB_PER_MWH: f64 = 429.983;

/// Kilograms per avoirdupois pound (exact, by definition of the international pound, 1959).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// China, Ministry of Ecology and Environment and National Bureau of Statistics, *Announcement
/// on the 2022 electricity CO2 emission factors* (20 December 2024): regional average
/// electricity CO2 emission factor of the **East China** grid (华东, which supplies Shanghai),
/// kg CO2 per kWh. CO2 only (no CH4, N2O), consumption-side average of generation emissions; no
/// upstream fuel supply. SINGLE (secondary report of the announcement, Beijing News via
/// daydaynews.cc; the national average 0.5366 printed there matches other reports).
pub const MEE_2022_EAST_CHINA_KG_CO2_PER_KWH: f64 = 0.5617;

/// EPA propeller-law convention: a ship's service speed is 94 % of its maximum speed, so
/// MS = SS / 0.94 when only the service speed is known. US EPA `Marine_Emissions_Tools`,
/// `ShipPowerModel::calcPropPwr` ("assuming service speed is 94% of maximum speed"), the
/// reference implementation released with the *Ports Emissions Inventory Guidance*
/// (EPA-420-B-22-011, April 2022). SINGLE (the implementation; the guidance's own page was
/// not readable in the sources available).
pub const EPA_SERVICE_TO_MAXIMUM_SPEED: f64 = 0.94;

/// EPA propeller-law floor: the propulsion load factor is never below 2 % of MCR while the
/// ship moves (`calcPropPwr`: `pmax(.02, …)`, "limit minimum power to 2%"); zero speed gives
/// zero power. The same 2 % is the lowest load of the guidance's low-load adjustment table
/// (read in `FLCAC-admin/uslci-marine`, `data/engine_load_factor.csv`, "Table 3.10").
pub const EPA_MINIMUM_LOAD: f64 = 0.02;

/// EPA propeller-law cap: the load factor is at most 100 % of MCR (`calcPropPwr`: `pmin(1, …)`).
pub const EPA_MAXIMUM_LOAD: f64 = 1.0;

/// EPA service (sea) margin at sea, in % of power: 15 (`calcPropPwr` default, "At-sea
/// operations = 15", after Prpić-Oršić & Faltinsen 2012 for the IMO).
pub const EPA_SEA_MARGIN_AT_SEA_PERCENT: f64 = 15.0;

/// EPA service margin in coastal waters, % of power: 10 (`calcPropPwr`, "Coastal operations
/// = 10").
pub const EPA_SEA_MARGIN_COASTAL_PERCENT: f64 = 10.0;

/// Loads below this share of MCR get the EPA low-load adjustment (ShipEF `calcLLAF`: factors
/// are 1 above 20 % load and at 0 % (hotelling); `LLAFCoeff`, "main engine load is below 20
/// percent").
pub const EPA_LOW_LOAD_THRESHOLD: f64 = 0.20;

/// Low-load emission-factor curve EF(LF) = a · LF^(−x) + b, normalised to its value at 20 %
/// load: LLAF(LF) = EF(LF) / EF(0.20). Coefficients (a, x, b) of the US EPA ShipEF data set
/// `LLAFCoeff` (from EPA's 2009 Regulatory Impact Analysis for Category 3 marine diesel
/// engines), read from `ShipEF/data/LLAFCoeff.rda` of `USEPA/Marine_Emissions_Tools`.
/// At 2 % load the curve gives CO2 3.28, HC 21.18, NOx 4.63 — the 2 % row of the guidance's
/// Table 3.10 as transcribed in `FLCAC-admin/uslci-marine` (CONFIRMED by the two readings).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LowLoadCurve {
    /// Coefficient a, g/kWh.
    pub a: f64,
    /// Exponent x.
    pub x: f64,
    /// Coefficient b, g/kWh.
    pub b: f64,
}

/// CO2 (and fuel, which CO2 is proportional to): a = 44.1, x = 1.0, b = 648.6.
pub const EPA_LLAF_CO2: LowLoadCurve = LowLoadCurve {
    a: 44.1,
    x: 1.0,
    b: 648.6,
};

/// Hydrocarbons, applied to CH4 (CH4 follows HC, as in the crate's Fourth IMO GHG Study
/// low-load table): a = 0.0667, x = 1.5, b = 0.3859.
pub const EPA_LLAF_HC: LowLoadCurve = LowLoadCurve {
    a: 0.0667,
    x: 1.5,
    b: 0.3859,
};

/// NOx, applied to N2O (N2O follows NOx, as in the crate's low-load table): a = 0.1255,
/// x = 1.5, b = 10.4496.
pub const EPA_LLAF_NOX: LowLoadCurve = LowLoadCurve {
    a: 0.1255,
    x: 1.5,
    b: 10.4496,
};

/// EPA default brake-specific fuel consumption of slow-speed diesel propulsion engines on
/// residual fuel, g/kWh (*Ports Emissions Inventory Guidance* 2022, Table 3.6, read in
/// `FLCAC-admin/uslci-marine` `data/BSFC.csv`; SINGLE).
pub const EPA_BSFC_SSD_RESIDUAL_G_PER_KWH: f64 = 195.0;

/// EPA default BSFC of slow-speed diesel propulsion engines on marine gas oil, g/kWh (same
/// table; SINGLE).
pub const EPA_BSFC_SSD_MGO_G_PER_KWH: f64 = 185.0;
