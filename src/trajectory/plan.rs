//! A scenario plan: everything a [`CorridorScenario`] holds beside its baseline, so that named
//! plans can live in scenario files and be applied to any service baseline.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::regulation::timeline::PolicyTimeline;
use crate::trajectory::pathway::Interpolation;
use crate::trajectory::scenario::{
    CarbonPrices, CorridorScenario, FuelOption, MixPoint, ServiceBaseline,
};
use crate::trajectory::series::Series;

/// A named decarbonisation plan for a corridor service (the inputs of [`CorridorScenario`]
/// without its [`ServiceBaseline`]). Read from TOML or JSON with unknown fields refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ScenarioPlan {
    /// Plan name.
    pub name: String,
    /// What the plan represents, in a sentence.
    #[serde(default)]
    pub description: String,
    /// First projected year.
    pub start_year: i32,
    /// Last projected year.
    pub end_year: i32,
    /// Fuel options the mix refers to.
    pub options: Vec<FuelOption>,
    /// The fuel mix schedule.
    pub mix: Vec<MixPoint>,
    /// Step or linear between mix points.
    pub mix_interpolation: Interpolation,
    /// Demand growth per year.
    pub demand_growth: Series,
    /// Service speed, knots.
    pub speed_kn: Series,
    /// Efficiency gain on propulsion work per year.
    pub efficiency_gain: Series,
    /// Share of propulsion power from wind.
    pub wind_assist_share: Series,
    /// Share of berth work supplied from shore.
    pub shore_power_share: Series,
    /// Price of shore electricity, USD per kWh.
    pub shore_power_price_usd_per_kwh: Series,
    /// Carbon prices and the exchange rate.
    pub prices: CarbonPrices,
    /// Which regimes apply from when, with what parameters (default:
    /// [`PolicyTimeline::adopted_law`] — the IMO NZF not in force). In files: a preset name
    /// (`policy = "nzf_2028"`) or a table (`[policy]` with `preset` and any part replaced).
    #[serde(default)]
    pub policy: PolicyTimeline,
}

// A plan read from a file is checked as it is read: years, span, options, mix, series ranges
// and prices ([`ScenarioPlan::validate`]).
crate::numeric::validated_serde!(ScenarioPlan, |p| p.validate());

impl ScenarioPlan {
    /// Checks the plan's own inputs — years in 1900–2200 and at most 200 apart, at least one
    /// fuel option, one share per option summing to one at every mix point, growth, speed,
    /// efficiency, wind, shore-power and price series in range — as
    /// [`CorridorScenario::validate`] does, on a neutral baseline in the plan's start year
    /// (so no baseline error can arise here; the real baseline is checked by [`apply`](Self::apply)).
    pub fn validate(&self) -> Result<()> {
        use crate::numeric::years::{YEAR_MAX, YEAR_MIN};
        use crate::units::{kilowatt_hours, knots, nautical_miles};
        let neutral = ServiceBaseline {
            // Clamped, so that a start year out of range is reported as `scenario.start_year`.
            year: self.start_year.clamp(YEAR_MIN, YEAR_MAX),
            speed: knots(16.0),
            distance: nautical_miles(1.0),
            propulsion_work: kilowatt_hours(1.0),
            auxiliary_work_at_sea: kilowatt_hours(0.0),
            work_at_berth: kilowatt_hours(0.0),
            transport_work_teu_km: 1.0,
            sea_scope: crate::voyage::RegimeShares::NONE,
            berth_scope: crate::voyage::RegimeShares::NONE,
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        };
        CorridorScenario {
            baseline: neutral,
            plan: self.clone(),
        }
        .validate()
    }

    /// The scenario this plan gives on `baseline`, validated.
    pub fn apply(&self, baseline: ServiceBaseline) -> Result<CorridorScenario> {
        let s = CorridorScenario {
            baseline,
            plan: self.clone(),
        };
        s.validate()?;
        Ok(s)
    }
}
