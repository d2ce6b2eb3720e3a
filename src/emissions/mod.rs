//! Accounting bases and the emissions they compute from a [`FuelLedger`](crate::ledger::FuelLedger).
//!
//! One ledger, any basis: [`AccountingBasis::fueleu`], [`AccountingBasis::imo_lca`],
//! [`AccountingBasis::eu_ets`], [`AccountingBasis::imo_dcs`], or a basis of your own.
//! The equations are in [`account`] and in `docs/methodology.md`.

pub mod account;
pub mod basis;

pub use account::{Emissions, GasMasses};
pub use basis::{
    AccountingBasis, Boundary, FUELEU_RFNBO_REWARD_FACTOR, FUELEU_RFNBO_REWARD_LAST_YEAR,
    GasCoverage, IMO_DCS_CERTIFIED_BIOFUEL_CEILING_G_PER_MJ, RFNBO_WTW_CEILING_G_PER_MJ,
    fueleu_wind_reward_factor,
};
