//! A scenario plan: everything a [`CorridorScenario`] holds beside its baseline, so that named
//! plans can live in scenario files and be applied to any service baseline.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::trajectory::pathway::Interpolation;
use crate::trajectory::scenario::{
    CarbonPrices, CorridorScenario, FuelOption, MixPoint, NzfBeyondTable, ServiceBaseline,
};
use crate::trajectory::series::Series;

/// A named decarbonisation plan for a corridor service (the inputs of [`CorridorScenario`]
/// without its [`ServiceBaseline`]). Read from TOML or JSON with unknown fields refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The draft IMO NZF after 2035 (default: not applied).
    #[serde(default)]
    pub nzf_beyond_2035: NzfBeyondTable,
}

impl ScenarioPlan {
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
