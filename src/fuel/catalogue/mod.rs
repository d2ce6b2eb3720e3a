//! The cited factor tables: FuelEU Maritime Annex II, the IMO LCA Guidelines defaults, and the
//! IMO DCS/CII conversion factors. Each table lives in its own file as data; the code that
//! turns a printed table into a [`FactorSet`] (including the FuelEU
//! missing-value rule) is in this module.

pub mod fueleu_annex_ii;
pub mod imo;

use crate::fuel::converter::ConverterClass;
use crate::fuel::factors::{Confidence, FactorSet, NonCo2Factors, PathwayFactors, ValueOrigin};
use crate::fuel::pathway::{FuelOrigin, PathwayId};
use crate::units::{g_per_g, g_per_mj, mj_per_g, percent};

/// One printed row of a factor table. `None` marks a "TBM" (to be measured) or N/A cell.
#[derive(Debug, Clone)]
pub(crate) struct RawRow {
    pub pathway: PathwayId,
    /// LCV, MJ/g.
    pub lcv: f64,
    /// WtT, gCO2e/MJ; `None` = from certificate.
    pub wtt: Option<f64>,
    /// Where the WtT value comes from.
    pub wtt_origin: ValueOrigin,
    /// Cf CO2, g/g.
    pub cf_co2: f64,
    /// Cf CH4, g/g; `None` = TBM.
    pub cf_ch4: Option<f64>,
    /// Cf N2O, g/g; `None` = TBM.
    pub cf_n2o: Option<f64>,
    /// (Cf CH4, Cf N2O) in fuel cells where Annex II prints a separate row.
    pub fuel_cell: Option<(f64, f64)>,
    pub confidence: Confidence,
    pub source: &'static str,
}

/// Builds a factor set from printed rows, filling TBM CH4/N2O cells by the FuelEU
/// missing-value rule: the highest default value of the same fuel class in that column; if the
/// class has no printed value in the column, the least favourable (highest) fossil value.
///
/// Source of the rule: Reg. (EU) 2023/1805 Annex II notes and Art. 10 (`docs/data-sources.md`,
/// "FuelEU — missing-value (TBM) rule": two secondary sources; OJ wording not checked).
/// The Cslip column is excluded from the rule (Art. 10(5)).
pub(crate) fn build(
    name: &str,
    rows: &[RawRow],
    slip_percent: &[(ConverterClass, f64)],
) -> FactorSet {
    let column_max = |origin: FuelOrigin, pick: fn(&RawRow) -> Option<f64>| -> Option<f64> {
        rows.iter()
            .filter(|r| r.pathway.origin() == origin)
            .filter_map(pick)
            .fold(None, |acc: Option<f64>, v| {
                Some(acc.map_or(v, |a| a.max(v)))
            })
    };
    let fill = |row: &RawRow, pick: fn(&RawRow) -> Option<f64>| -> (f64, ValueOrigin) {
        match pick(row) {
            Some(v) => (v, ValueOrigin::Printed),
            None => {
                let v = column_max(row.pathway.origin(), pick)
                    .or_else(|| column_max(FuelOrigin::Fossil, pick))
                    .unwrap_or(0.0);
                (v, ValueOrigin::MissingValueRule)
            }
        }
    };
    let mut set = FactorSet::empty(name);
    for row in rows {
        let (ch4, ch4_origin) = fill(row, |r| r.cf_ch4);
        let (n2o, n2o_origin) = fill(row, |r| r.cf_n2o);
        let factors = PathwayFactors {
            lcv: mj_per_g(row.lcv),
            well_to_tank: row.wtt.map(g_per_mj),
            cf_co2: g_per_g(row.cf_co2),
            combustion: NonCo2Factors {
                cf_ch4: g_per_g(ch4),
                cf_n2o: g_per_g(n2o),
            },
            fuel_cell: row.fuel_cell.map(|(c, n)| NonCo2Factors {
                cf_ch4: g_per_g(c),
                cf_n2o: g_per_g(n),
            }),
            non_co2_origin: [ch4_origin, n2o_origin],
            wtt_origin: row.wtt_origin,
            confidence: row.confidence,
            source: row.source.to_string(),
        };
        // The built-in tables are finite, positive data checked by tests; an insert error here
        // would be a bug in a table, which the catalogue tests catch.
        let _ = set.insert(row.pathway.clone(), factors);
    }
    for (class, pct) in slip_percent {
        let _ = set.set_methane_slip(*class, Some(percent(*pct)));
    }
    set
}

/// Shared, lazily built copies of the built-in sets, so that constructing an accounting basis
/// (done once per scenario year and Monte-Carlo sample) does not rebuild a table.
pub(crate) mod shared {
    use std::sync::{Arc, OnceLock};

    use crate::fuel::FactorSet;

    /// FuelEU Annex II, built once.
    pub fn fueleu_annex_ii() -> Arc<FactorSet> {
        static SET: OnceLock<Arc<FactorSet>> = OnceLock::new();
        SET.get_or_init(|| Arc::new(FactorSet::fueleu_annex_ii()))
            .clone()
    }
    /// IMO LCA, built once.
    pub fn imo_lca() -> Arc<FactorSet> {
        static SET: OnceLock<Arc<FactorSet>> = OnceLock::new();
        SET.get_or_init(|| Arc::new(FactorSet::imo_lca())).clone()
    }
    /// IMO DCS, built once.
    pub fn imo_dcs() -> Arc<FactorSet> {
        static SET: OnceLock<Arc<FactorSet>> = OnceLock::new();
        SET.get_or_init(|| Arc::new(FactorSet::imo_dcs())).clone()
    }
}

impl FactorSet {
    /// FuelEU Maritime, Regulation (EU) 2023/1805 Annex II default factors, with the
    /// missing-value rule applied and the Annex II methane-slip classes.
    ///
    /// See [`fueleu_annex_ii`] for the table and its sources.
    pub fn fueleu_annex_ii() -> FactorSet {
        build(
            fueleu_annex_ii::NAME,
            &fueleu_annex_ii::rows(),
            fueleu_annex_ii::METHANE_SLIP_PERCENT,
        )
    }

    /// IMO LCA Guidelines (MEPC.391(81)) defaults where known, with documented proxies
    /// elsewhere. See the module [`imo`].
    pub fn imo_lca() -> FactorSet {
        build(
            imo::LCA_NAME,
            &imo::lca_rows(),
            imo::LCA_METHANE_SLIP_PERCENT,
        )
    }

    /// IMO DCS / CII CO2 conversion factors (MEPC.364(79) Cf and LCV). CH4 and N2O are not
    /// part of IMO DCS and are set to zero. See the module [`imo`].
    pub fn imo_dcs() -> FactorSet {
        build(
            imo::DCS_NAME,
            &imo::dcs_rows(),
            imo::DCS_METHANE_SLIP_PERCENT,
        )
    }
}
