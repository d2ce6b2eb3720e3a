//! Fuels: pathways, energy converters, GWP sets, factor sets and blends.
//!
//! * [`PathwayId`] names what was burned and how it was made (fossil HFO, bio-methanol,
//!   e-ammonia, …); [`Fuel`] adds the batch's [`Certificate`] where the rules need one.
//! * [`ConverterClass`] is the FuelEU fuel consumer class (which sets methane slip);
//!   [`Converter`] adds measured [`EmissionOverrides`].
//! * [`GwpSet`] weighs CH4 and N2O into CO2e (AR4, AR5, AR6 or your own).
//! * [`FactorSet`] holds the cited numbers: [`FactorSet::fueleu_annex_ii`],
//!   [`FactorSet::imo_lca`], [`FactorSet::imo_dcs`], or your own.
//! * [`Blend`] mixes pathways by mass or energy share.

pub mod blend;
pub mod catalogue;
pub mod converter;
pub mod factors;
pub mod gwp;
pub mod pathway;

pub use blend::{Blend, BlendComponent};
pub use converter::{Converter, ConverterClass, EmissionOverrides};
pub use factors::{Confidence, FactorSet, NonCo2Factors, PathwayFactors, ValueOrigin};
pub use gwp::{GwpSet, GwpSetConst};
pub use pathway::{
    Certificate, CustomPathway, Fuel, FuelFamily, FuelOrigin, PATHWAY_ALIASES, PathwayId,
    accepted_pathway_names,
};
