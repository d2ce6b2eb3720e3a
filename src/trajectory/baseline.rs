//! A [`ServiceBaseline`] from the voyage model: one service-year of a corridor service.
//!
//! The voyage layer's [`ServiceYear`] carries the numbers the scenario engine needs
//! ([`BaselineNumbers`]): main-engine work under way (sea and manoeuvring), auxiliary and
//! boiler work under way, auxiliary and boiler demand at anchor and berth (shore power
//! included: the scenario applies its own shore-power share), sea distance, average sea speed,
//! transport work at the load factor, and the FuelEU scope shares weighted by work.

use crate::error::Result;
use crate::trajectory::scenario::ServiceBaseline;
use crate::voyage::{BaselineNumbers, ServiceYear};

impl ServiceBaseline {
    /// The baseline of a service-year computed by the voyage model.
    ///
    /// Errors: a service-year the scenario engine cannot use (no distance, no speed, no
    /// transport work), named as `baseline.*`.
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::trajectory::scenario::ServiceBaseline;
    /// use green_corridor::voyage::{archetype, LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage};
    /// let la = green_corridor::route::corridors::corridors()
    ///     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
    /// let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil)?;
    /// let voyage = Voyage::builder(&ship).ports(&["CNYSA", "USLAX"])
    ///     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0))).build()?;
    /// let report = voyage.report(&AccountingBasis::imo_lca(), &LoadFactor::default())?;
    /// let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6))?;
    /// let baseline = ServiceBaseline::from_service_year(&year)?;
    /// assert!((baseline.speed.knots() - 16.0).abs() < 1e-9);
    /// assert_eq!(baseline.sea_scope.value(), 0.0); // China–US: outside the EU regimes
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn from_service_year(year: &ServiceYear) -> Result<ServiceBaseline> {
        Self::from_numbers(&year.baseline)
    }

    /// The baseline from the numbers of [`ServiceYear::baseline`].
    pub fn from_numbers(n: &BaselineNumbers) -> Result<ServiceBaseline> {
        let b = ServiceBaseline {
            year: n.year,
            speed: n.speed,
            distance: n.distance,
            propulsion_work: n.propulsion_work,
            auxiliary_work_at_sea: n.auxiliary_work_at_sea,
            work_at_berth: n.work_at_berth,
            transport_work_teu_km: n.transport_work_teu_km,
            sea_scope: n.sea_scope,
            berth_scope: n.berth_scope,
        };
        b.validate()?;
        Ok(b)
    }
}
