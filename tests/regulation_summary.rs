//! The compliance summary across the four regimes: applicability by year and scope, costs in
//! one currency, serde with `deny_unknown_fields`.

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::regulation::cii::{CiiShip, CiiShipType};
use green_corridor::regulation::{Currency, Outcome, Prices, ShipYear, compliance_summary};
use green_corridor::units::AnyMoney;

fn prices(currency: Currency) -> Prices {
    Prices {
        currency,
        usd_per_eur: 1.25,
        eua_price_eur_per_t: 80.0,
        nzf_tier1_usd_per_t: 100.0,
        nzf_tier2_usd_per_t: 380.0,
    }
}

fn ship() -> CiiShip {
    CiiShip::new(CiiShipType::ContainerShip, tonnes(150_000.0), 140_000.0).unwrap()
}

fn hfo(t: f64, scope: ScopeShare) -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(t), "leg", scope)
        .unwrap();
    l
}

#[test]
fn costs_add_up_in_one_currency() {
    // 2028, 1,000 t HFO fully in EU scope.
    // FuelEU: 2028 limit 89.3368; CB = (89.3368 − 91.744198)·4.05e7 = −97.4996 t;
    //   penalty = 9.74996e7 / (91.744198·41,000)·2,400 = 62,208.77 EUR.
    // ETS: 3,163.1 t (CO2 + CH4 + N2O, AR5) · 100 % · 80 = 253,048 EUR.
    // NZF: HFO under the IMO LCA (HSFO WtT 14.1, LCV 0.0402) — checked only as "assessed".
    let y = ShipYear::new(
        "t",
        2028,
        hfo(1_000.0, ScopeShare::FULL),
        ship(),
        nautical_miles(10_000.0),
    );
    let eur = compliance_summary(&y, &prices(Currency::Eur)).unwrap();
    let f = eur.fueleu.assessed().unwrap();
    assert_relative_eq!(
        f.penalty.amount(),
        9.74996e7 / (91.7441975308642 * 41_000.0) * 2_400.0,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        eur.costs.eu_ets_allowances.amount(),
        253_048.0,
        max_relative = 1e-9
    );
    // Each regime's cost stays in its own currency: the NZF's in USD, as assessed.
    let n = eur.imo_nzf.assessed().unwrap();
    assert_eq!(eur.costs.nzf_tier1, n.tier1_cost);
    assert_eq!(eur.costs.nzf_tier1.code(), "USD");
    // Totals at 1.25 USD per EUR: EUR = EUR items + USD items / 1.25; USD = EUR items × 1.25
    // + USD items.
    let c = eur.costs;
    let eur_items = c.fueleu_penalty.amount() + c.eu_ets_allowances.amount();
    let usd_items = c.nzf_tier1.amount() + c.nzf_tier2.amount();
    assert_relative_eq!(
        c.total_eur.amount(),
        eur_items + usd_items / 1.25,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        c.total_usd.amount(),
        eur_items * 1.25 + usd_items,
        max_relative = 1e-12
    );
    assert_eq!(c.total(), AnyMoney::Eur(c.total_eur));
    // The same year reported in USD: the same items, the total in USD.
    let usd = compliance_summary(&y, &prices(Currency::Usd)).unwrap();
    assert_eq!(usd.costs.total(), AnyMoney::Usd(c.total_usd));
    assert_eq!(usd.costs.total_eur, c.total_eur);
    assert!(matches!(eur.cii, Outcome::Assessed(_)));
}

#[test]
fn regimes_that_do_not_apply_are_reported_not_applicable() {
    // Shanghai–Los Angeles, nothing in EU scope, 2031: no FuelEU, ETS zero, CII has no Z
    // for 2031, NZF 2031 assessed.
    let y = ShipYear::new(
        "t",
        2031,
        hfo(1_000.0, ScopeShare::NONE),
        ship(),
        nautical_miles(10_000.0),
    );
    let s = compliance_summary(&y, &prices(Currency::Eur)).unwrap();
    assert!(matches!(s.fueleu, Outcome::NotApplicable { .. }));
    assert!(matches!(s.cii, Outcome::NotApplicable { .. }));
    assert_eq!(s.eu_ets.assessed().unwrap().allowances, 0.0);
    assert!(s.imo_nzf.assessed().is_some());
    // 2024: FuelEU and NZF not yet; ETS and CII yes.
    let y = ShipYear::new(
        "t",
        2024,
        hfo(1_000.0, ScopeShare::FULL),
        ship(),
        nautical_miles(10_000.0),
    );
    let s = compliance_summary(&y, &prices(Currency::Eur)).unwrap();
    assert!(matches!(s.fueleu, Outcome::NotApplicable { .. }));
    assert!(matches!(s.imo_nzf, Outcome::NotApplicable { .. }));
    assert!(s.cii.assessed().is_some() && s.eu_ets.assessed().is_some());
}

#[test]
fn bad_input_and_serde() {
    let y = ShipYear::new(
        "t",
        2026,
        hfo(1_000.0, ScopeShare::FULL),
        ship(),
        nautical_miles(0.0),
    );
    assert!(matches!(
        compliance_summary(&y, &prices(Currency::Eur)),
        Err(Error::OutOfRange { .. })
    ));
    let y = ShipYear::new(
        "t",
        2026,
        hfo(1_000.0, ScopeShare::FULL),
        ship(),
        nautical_miles(10.0),
    );
    let mut p = prices(Currency::Eur);
    p.usd_per_eur = 0.0;
    assert!(compliance_summary(&y, &p).is_err());
    // Round trip, and a typo is refused.
    let json = serde_json::to_string(&y).unwrap();
    assert!(json.contains("\"distance_nm\":10.0"));
    let back: ShipYear = serde_json::from_str(&json).unwrap();
    assert_eq!(back, y);
    let typo = json.replace("\"distance_nm\"", "\"distance_nmi\"");
    assert!(serde_json::from_str::<ShipYear>(&typo).is_err());
    let p_typo = r#"{"currency":"EUR","usd_per_eur":1.1,"eua_price_eur":80,"nzf_tier1_usd_per_t":100,"nzf_tier2_usd_per_t":380}"#;
    assert!(serde_json::from_str::<Prices>(p_typo).is_err());
    // Deterministic: same input, same output.
    let s1 =
        serde_json::to_string(&compliance_summary(&y, &prices(Currency::Eur)).unwrap()).unwrap();
    let s2 =
        serde_json::to_string(&compliance_summary(&y, &prices(Currency::Eur)).unwrap()).unwrap();
    assert_eq!(s1, s2);
}
