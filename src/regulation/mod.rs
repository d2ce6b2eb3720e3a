//! Regulations read from one fuel ledger: IMO CII, FuelEU Maritime, EU ETS, IMO Net-Zero
//! Framework.
//!
//! Every regime reads the same [`FuelLedger`] through its own
//! [`AccountingBasis`](crate::emissions::AccountingBasis) and scope; none reaches into vessel
//! physics.
//!
//! | regime | module | instrument | status | ledger view | basis |
//! |---|---|---|---|---|---|
//! | IMO CII | [`cii`] | MARPOL Annex VI reg. 28; MEPC.352–355(78), MEPC.338(76) as amended by MEPC.400(83) | in force (ratings from 2023) | whole ledger | [`imo_dcs`](crate::emissions::AccountingBasis::imo_dcs) |
//! | FuelEU Maritime | [`fueleu`] | Reg. (EU) 2023/1805 | in force from 2025 | its own scope rule over places ([`scope::fueleu_share`]) | [`fueleu`](crate::emissions::AccountingBasis::fueleu) |
//! | EU ETS maritime | [`eu_ets`] | Directive (EU) 2023/959 | in force from 2024 | its own scope rule over places ([`scope::ets_share`]) | [`eu_ets`](crate::emissions::AccountingBasis::eu_ets) |
//! | IMO Net-Zero Framework | [`imo_nzf`] | MEPC 83 approved draft | **not adopted** ([`imo_nzf::STATUS`]) | whole ledger | [`imo_lca`](crate::emissions::AccountingBasis::imo_lca) |
//!
//! [`compliance_summary`] takes one [`ShipYear`] and [`Prices`] and returns a
//! [`ComplianceSummary`] across the four regimes, with costs in one currency. A regime that
//! does not apply that year (the CII after 2030, FuelEU before 2025, the NZF outside its
//! table, nothing in EU scope) is reported as [`Outcome::NotApplicable`] with the reason.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::regulation::{compliance_summary, Currency, Outcome, Prices, ShipYear};
//! use green_corridor::regulation::cii::{CiiShip, CiiShipType};
//!
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Vlsfo, ConverterClass::Ice, tonnes(30_000.0), "Asia-Europe", ScopeShare::HALF)?;
//! let ship = CiiShip::new(CiiShipType::ContainerShip, tonnes(150_000.0), 140_000.0)?;
//! let year = ShipYear::new("demo", 2028, ledger, ship, nautical_miles(90_000.0));
//! let prices = Prices { currency: Currency::Eur, usd_per_eur: 1.10, eua_price_eur_per_t: 75.0,
//!                       nzf_tier1_usd_per_t: 100.0, nzf_tier2_usd_per_t: 380.0 };
//! let s = compliance_summary(&year, &prices)?;
//! assert!(matches!(s.cii, Outcome::Assessed(_)));
//! assert!(s.costs.total().amount() > 0.0);
//! # Ok::<(), green_corridor::Error>(())
//! ```

pub mod cii;
pub mod eu_ets;
pub mod fueleu;
pub mod imo_nzf;
pub mod scope;

use crate::units::{AnyMoney, Eur, Money, Usd};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ledger::FuelLedger;
use crate::units::{Length, LengthExt};

/// One ship's year: what every regime needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShipYear {
    /// Ship name or IMO number (shown in reports).
    pub name: String,
    /// Calendar year (reporting period).
    pub year: i32,
    /// Everything burned in the year, each entry with its place (or reported shares).
    pub ledger: FuelLedger,
    /// Ship particulars for the CII.
    pub ship: cii::CiiShip,
    /// Distance sailed in the year, D_t (serialised as `distance_nm`).
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// CII corrections and voyage adjustments (MEPC.355(78)), if any.
    #[serde(default)]
    pub cii_corrections: Option<cii::CiiCorrections>,
    /// CII options.
    #[serde(default)]
    pub cii_options: cii::CiiOptions,
    /// FuelEU options (wind assist, consecutive penalties, RFNBO sub-target, banking, borrowing).
    #[serde(default)]
    pub fueleu_options: fueleu::FuelEuOptions,
    /// EU ETS phase-in table.
    #[serde(default)]
    pub ets_phase_in: eu_ets::PhaseIn,
}

impl ShipYear {
    /// The context the EU scope rules need: the year, and whether the ship is a container
    /// ship (from its CII ship type).
    pub fn scope_context(&self) -> scope::ScopeContext {
        scope::ScopeContext::new(
            self.year,
            self.ship.ship_type == cii::CiiShipType::ContainerShip,
        )
    }

    /// One ship's year of a modelled service: the voyage's ledger × the voyages one ship
    /// sails a year ([`ServiceYear::voyages_per_ship_year`](crate::voyage::ServiceYear)), the
    /// ship-year's distance, and the CII particulars: the CII ship type (`cii_ship_type` when
    /// stated, else [`cii::CiiShipType::from_ship_type`] of the vessel's study type), the
    /// vessel's deadweight and gross tonnage. Every ship of a group of identical ships has
    /// this year.
    ///
    /// Errors: no CII ship type (none stated, and the study type has no default, e.g. a tug),
    /// or the vessel lacks the capacity its CII type uses.
    pub fn from_service(
        name: &str,
        voyage: &crate::voyage::Voyage,
        service: &crate::voyage::ServiceYear,
        cii_ship_type: Option<cii::CiiShipType>,
    ) -> Result<Self> {
        let vessel = voyage.vessel();
        let ship_type = cii_ship_type
            .or_else(|| cii::CiiShipType::from_ship_type(vessel.ship_type()))
            .ok_or_else(|| Error::MissingInput {
                field: "cii_ship_type".into(),
                expected: format!(
                    "a CII ship type for '{}' (MEPC.353(78) Table 1): its ship type {} has \
                     no default CII type",
                    vessel.name(),
                    vessel.ship_type()
                ),
            })?;
        let capacity = &vessel.spec().capacity;
        let ship = cii::CiiShip::new(
            ship_type,
            capacity.deadweight.unwrap_or(crate::units::tonnes(0.0)),
            capacity.gross_tonnage.unwrap_or(0.0),
        )
        .map_err(|e| e.rooted("ship", "vessel.capacity"))?;
        let ledger = voyage.ledger().scaled(service.voyages_per_ship_year)?;
        Ok(Self::new(
            name,
            voyage.date().year(),
            ledger,
            ship,
            service.ship_year.distance,
        ))
    }

    /// A ship-year with default options.
    pub fn new(
        name: &str,
        year: i32,
        ledger: FuelLedger,
        ship: cii::CiiShip,
        distance: Length,
    ) -> Self {
        Self {
            name: name.to_string(),
            year,
            ledger,
            ship,
            distance,
            cii_corrections: None,
            cii_options: cii::CiiOptions::default(),
            fueleu_options: fueleu::FuelEuOptions::default(),
            ets_phase_in: eu_ets::PhaseIn::default(),
        }
    }
}

/// The currency of a [`ComplianceSummary`]'s costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Euro.
    Eur,
    /// US dollar.
    Usd,
}

/// Prices and the exchange rate; all user inputs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prices {
    /// Currency of the summary's costs.
    pub currency: Currency,
    /// Exchange rate, US dollars per euro.
    pub usd_per_eur: f64,
    /// EU allowance price (EUR per tCO2e).
    pub eua_price_eur_per_t: f64,
    /// NZF tier 1 remedial unit price (USD per tCO2e; the draft sets 100 for 2028–2030).
    pub nzf_tier1_usd_per_t: f64,
    /// NZF tier 2 remedial unit price (USD per tCO2e; the draft sets 380 for 2028–2030).
    pub nzf_tier2_usd_per_t: f64,
}

impl Prices {
    /// ILLUSTRATIVE prices for examples, in euro: EUA EUR 75/t, USD 1.10 per EUR, and the
    /// IMO NZF remedial-unit prices of the MEPC 83 draft (USD 100 tier 1, USD 380 tier 2 per
    /// t CO2e, 2028–2030). Not a forecast: pass your own for any decision.
    pub fn illustrative() -> Self {
        Self {
            currency: Currency::Eur,
            usd_per_eur: 1.10,
            eua_price_eur_per_t: 75.0,
            nzf_tier1_usd_per_t: 100.0,
            nzf_tier2_usd_per_t: 380.0,
        }
    }

    fn validate(&self) -> Result<()> {
        let r = crate::error::non_negative(|| "prices.usd_per_eur".into(), self.usd_per_eur)?;
        if r <= 0.0 {
            return Err(Error::OutOfRange {
                field: "prices.usd_per_eur".into(),
                value: r,
                expected: "an exchange rate greater than zero".into(),
            });
        }
        crate::error::non_negative(
            || "prices.eua_price_eur_per_t".into(),
            self.eua_price_eur_per_t,
        )?;
        crate::error::non_negative(
            || "prices.nzf_tier1_usd_per_t".into(),
            self.nzf_tier1_usd_per_t,
        )?;
        crate::error::non_negative(
            || "prices.nzf_tier2_usd_per_t".into(),
            self.nzf_tier2_usd_per_t,
        )?;
        Ok(())
    }

    /// `eur` in US dollars at [`Prices::usd_per_eur`].
    pub fn to_usd(&self, eur: Money<Eur>) -> Money<Usd> {
        eur.convert(self.usd_per_eur)
    }

    /// `usd` in euro at 1 / [`Prices::usd_per_eur`].
    pub fn to_eur(&self, usd: Money<Usd>) -> Money<Eur> {
        usd.convert(1.0 / self.usd_per_eur)
    }
}

/// A regime's result in a summary: assessed, or not applicable that year with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Outcome<T> {
    /// The regime applies and was assessed.
    Assessed(T),
    /// The regime does not apply (year outside its table, nothing in scope).
    NotApplicable {
        /// Why.
        reason: String,
    },
}

impl<T> Outcome<T> {
    /// The result, if assessed.
    pub fn assessed(&self) -> Option<&T> {
        match self {
            Outcome::Assessed(t) => Some(t),
            Outcome::NotApplicable { .. } => None,
        }
    }
}

/// Turns a year-range error into "not applicable"; passes every other error on.
fn applicable<T>(r: Result<T>) -> Result<Outcome<T>> {
    match r {
        Ok(t) => Ok(Outcome::Assessed(t)),
        Err(e @ Error::YearOutOfRange { .. }) => Ok(Outcome::NotApplicable {
            reason: e.to_string(),
        }),
        Err(e) => Err(e),
    }
}

/// Costs of one ship-year: each regime's in the currency its text or price is in, and the
/// total in both currencies at the summary's exchange rate ([`Prices::usd_per_eur`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// The reporting currency the summary was asked for ([`Costs::total`]).
    pub currency: Currency,
    /// FuelEU penalty (Annex IV: EUR 2,400 per t VLSFO-eq).
    #[serde(rename = "fueleu_penalty_eur")]
    pub fueleu_penalty: Money<Eur>,
    /// EU ETS allowances (EUA price in EUR).
    #[serde(rename = "eu_ets_allowances_eur")]
    pub eu_ets_allowances: Money<Eur>,
    /// NZF tier 1 remedial units (draft; USD).
    #[serde(rename = "nzf_tier1_usd")]
    pub nzf_tier1: Money<Usd>,
    /// NZF tier 2 remedial units (draft; USD).
    #[serde(rename = "nzf_tier2_usd")]
    pub nzf_tier2: Money<Usd>,
    /// Sum of the above in euro: EUR items + USD items / (USD per EUR).
    #[serde(rename = "total_eur")]
    pub total_eur: Money<Eur>,
    /// Sum of the above in US dollars: EUR items × (USD per EUR) + USD items.
    #[serde(rename = "total_usd")]
    pub total_usd: Money<Usd>,
}

impl Costs {
    /// The total in the reporting currency (`currency`).
    pub fn total(&self) -> AnyMoney {
        match self.currency {
            Currency::Eur => AnyMoney::Eur(self.total_eur),
            Currency::Usd => AnyMoney::Usd(self.total_usd),
        }
    }

    /// The NZF remedial units, tier 1 + tier 2.
    pub fn nzf(&self) -> Money<Usd> {
        self.nzf_tier1 + self.nzf_tier2
    }

    /// No costs, reported in `currency`.
    pub fn zero(currency: Currency) -> Self {
        Self {
            currency,
            fueleu_penalty: Money::ZERO,
            eu_ets_allowances: Money::ZERO,
            nzf_tier1: Money::ZERO,
            nzf_tier2: Money::ZERO,
            total_eur: Money::ZERO,
            total_usd: Money::ZERO,
        }
    }

    /// Every amount × `k` (e.g. the number of identical ships in a group).
    pub fn scaled(&self, k: f64) -> Self {
        Self {
            currency: self.currency,
            fueleu_penalty: self.fueleu_penalty * k,
            eu_ets_allowances: self.eu_ets_allowances * k,
            nzf_tier1: self.nzf_tier1 * k,
            nzf_tier2: self.nzf_tier2 * k,
            total_eur: self.total_eur * k,
            total_usd: self.total_usd * k,
        }
    }
}

/// Item by item; the reporting currency is the left side's.
impl std::ops::Add for Costs {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Self {
            currency: self.currency,
            fueleu_penalty: self.fueleu_penalty + o.fueleu_penalty,
            eu_ets_allowances: self.eu_ets_allowances + o.eu_ets_allowances,
            nzf_tier1: self.nzf_tier1 + o.nzf_tier1,
            nzf_tier2: self.nzf_tier2 + o.nzf_tier2,
            total_eur: self.total_eur + o.total_eur,
            total_usd: self.total_usd + o.total_usd,
        }
    }
}

/// The four regimes' results for one ship-year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComplianceSummary {
    /// Ship name.
    pub name: String,
    /// Year.
    pub year: i32,
    /// IMO CII.
    pub cii: Outcome<cii::CiiAssessment>,
    /// FuelEU Maritime.
    pub fueleu: Outcome<fueleu::FuelEuAssessment>,
    /// EU ETS maritime.
    pub eu_ets: Outcome<eu_ets::EtsAssessment>,
    /// IMO Net-Zero Framework (draft; not adopted).
    pub imo_nzf: Outcome<imo_nzf::NzfAssessment>,
    /// Costs in one currency.
    pub costs: Costs,
}

/// Assesses one ship-year under the four regimes and totals the costs in one currency.
///
/// * CII: the whole ledger under IMO DCS, the ship's particulars and distance.
/// * FuelEU: the in-scope ledger; not applicable before 2025, after 2050 or with nothing in scope.
/// * EU ETS: the in-scope ledger; not applicable before 2024; zero when nothing is in scope.
/// * NZF: the whole ledger under the IMO LCA; not applicable outside 2028–2035.
///
/// Errors: invalid prices, zero distance or capacity, an empty ledger, fuels lacking the
/// certificates a basis needs, forbidden flexibility requests.
pub fn compliance_summary(ship_year: &ShipYear, prices: &Prices) -> Result<ComplianceSummary> {
    prices.validate()?;
    let y = ship_year.year;
    let ledger = &ship_year.ledger;
    crate::error::non_negative(|| "distance_nm".into(), ship_year.distance.nautical_miles())?;

    let cii = applicable(cii::assess(
        &ship_year.ship,
        cii::CiiFuel::Ledger(ledger),
        ship_year.distance,
        y,
        ship_year.cii_corrections.as_ref(),
        &ship_year.cii_options,
    ))?;

    let ctx = ship_year.scope_context();
    let fueleu = if scope::in_scope(ledger, crate::ledger::Regime::FuelEu, &ctx)?.is_empty() {
        Outcome::NotApplicable {
            reason:
                "no energy in FuelEU scope (Reg. (EU) 2023/1805 Art. 2(1): no EU/EEA port calls)"
                    .into(),
        }
    } else {
        applicable(fueleu::assess_in(ledger, &ctx, &ship_year.fueleu_options))?
    };

    let eu_ets = applicable(eu_ets::assess_in(
        ledger,
        &ctx,
        prices.eua_price_eur_per_t,
        &ship_year.ets_phase_in,
    ))?;

    let nzf_prices = imo_nzf::NzfPrices {
        tier1_usd_per_t: prices.nzf_tier1_usd_per_t,
        tier2_usd_per_t: prices.nzf_tier2_usd_per_t,
    };
    let imo_nzf = applicable(imo_nzf::assess(ledger, y, &nzf_prices))?;

    let fueleu_penalty = fueleu.assessed().map_or(Money::ZERO, |a| a.penalty);
    let eu_ets_allowances = eu_ets.assessed().map_or(Money::ZERO, |a| a.cost);
    let nzf_tier1 = imo_nzf.assessed().map_or(Money::ZERO, |a| a.tier1_cost);
    let nzf_tier2 = imo_nzf.assessed().map_or(Money::ZERO, |a| a.tier2_cost);
    let eur_items = fueleu_penalty + eu_ets_allowances;
    let usd_items = nzf_tier1 + nzf_tier2;
    let total_eur = eur_items + prices.to_eur(usd_items);
    let total_usd = prices.to_usd(eur_items) + usd_items;
    Ok(ComplianceSummary {
        name: ship_year.name.clone(),
        year: y,
        cii,
        fueleu,
        eu_ets,
        imo_nzf,
        costs: Costs {
            currency: prices.currency,
            fueleu_penalty,
            eu_ets_allowances,
            nzf_tier1,
            nzf_tier2,
            total_eur,
            total_usd,
        },
    })
}
