//! A [`ServiceBaseline`] from the voyage model: one service-year of a corridor service.
//!
//! The voyage layer's [`ServiceYear`] carries the one baseline type the scenario engine
//! projects ([`ServiceBaseline`]): main-engine work under way (sea and manoeuvring), auxiliary and
//! boiler work under way, auxiliary and boiler demand at anchor and berth (shore power
//! included: the scenario applies its own shore-power share), sea distance, average sea speed,
//! transport work at the load factor, and each EU regime's scope share weighted by work.

use crate::error::Result;
use crate::voyage::ServiceBaseline;
use crate::voyage::ServiceYear;

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
    /// let la = green_corridor::voyage::corridors::corridors()
    ///     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
    /// let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil)?;
    /// let voyage = Voyage::builder(&ship).ports(&["CNYSA", "USLAX"])
    ///     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0))).build()?;
    /// let report = voyage.report(&AccountingBasis::imo_lca(), &LoadFactor::default())?;
    /// let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6))?;
    /// let baseline = ServiceBaseline::from_service_year(&year)?;
    /// assert!((baseline.speed.knots() - 16.0).abs() < 1e-9);
    /// assert_eq!(baseline.sea_scope.fueleu.value(), 0.0); // China–US: outside the EU regimes
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn from_service_year(year: &ServiceYear) -> Result<ServiceBaseline> {
        year.baseline.validate()?;
        Ok(year.baseline.clone())
    }
}
