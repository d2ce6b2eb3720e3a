//! `Display` for the results people print: one line per regime's assessment, one paragraph per
//! [`ComplianceSummary`]. Numbers are rounded for reading (the structs keep full precision;
//! serialise them for exact values).

use std::fmt;

use super::{ComplianceSummary, Currency, Outcome, cii, eu_ets, fueleu, imo_nzf};
use crate::units::{IntensityExt, MassExt};

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
        })
    }
}

impl<T: fmt::Display> fmt::Display for Outcome<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Assessed(t) => t.fmt(f),
            Outcome::NotApplicable { reason } => write!(f, "not applicable ({reason})"),
        }
    }
}

/// `CII 2028: 2.10 g/(capacity·nm), 0.982 of required → C`.
impl fmt::Display for cii::CiiAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.rated;
        write!(
            f,
            "CII {}: {:.2} gCO2/(capacity·nm), {:.3} of required → {}",
            r.year, r.attained_g_per_capacity_nm, r.attained_over_required, r.rating
        )
    }
}

/// `FuelEU 2025: 91.65 vs target 89.34 gCO2e/MJ, balance -1373 t CO2e, penalty 1,234,567 EUR`.
impl fmt::Display for fueleu::FuelEuAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "FuelEU {}: {:.2} vs target {:.2} gCO2e/MJ, balance {:+.0} t CO2e, penalty {}",
            self.year,
            self.ghg_intensity.g_per_mj(),
            self.target.g_per_mj(),
            self.compliance_balance.tonnes(),
            self.penalty
        )
    }
}

/// `EU ETS 2026: 92416 t in scope × 70 % phase-in = 64691 allowances, 4,851,825 EUR`.
impl fmt::Display for eu_ets::EtsAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "EU ETS {}: {:.0} t in scope × {:.0} % phase-in = {:.0} allowances, {}",
            self.year,
            self.emissions_in_scope.tonnes(),
            100.0 * self.phase_in_share,
            self.allowances,
            self.cost
        )
    }
}

/// `IMO NZF 2028 (draft, not adopted): GFI 92.78 gCO2e/MJ; tier 1 … t, tier 2 … t, surplus … t`.
impl fmt::Display for imo_nzf::NzfAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "IMO NZF {}{}: GFI {:.2} gCO2e/MJ; tier 1 {:.0} t, tier 2 {:.0} t, surplus {:.0} t CO2e",
            self.year,
            if self.adopted {
                ""
            } else {
                " (draft, not adopted)"
            },
            self.gfi.g_per_mj(),
            self.tier1_units_t,
            self.tier2_units_t,
            self.surplus_units_t
        )
    }
}

/// The ship-year, one line per regime, then the total cost.
impl fmt::Display for ComplianceSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} {}", self.name, self.year)?;
        writeln!(f, "  {}", self.cii)?;
        writeln!(f, "  {}", self.fueleu)?;
        writeln!(f, "  {}", self.eu_ets)?;
        writeln!(f, "  {}", self.imo_nzf)?;
        write!(
            f,
            "  total {} (FuelEU {}, EU ETS {}, NZF {} + {})",
            self.costs.total(),
            self.costs.fueleu_penalty,
            self.costs.eu_ets_allowances,
            self.costs.nzf_tier1,
            self.costs.nzf_tier2
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::ledger::{FuelLedger, ScopeShare};
    use crate::prelude::*;
    use crate::regulation::cii::{CiiShip, CiiShipType};
    use crate::regulation::timeline::PolicyTimeline;
    use crate::regulation::{Prices, ShipYear, compliance_summary, compliance_summary_under};

    /// The capesize of the CLI's sample file: 8,500 t HFO, 180,000 DWT, 70,000 nm in 2028.
    /// By hand: 8,500 × 3.114 (MEPC.364(79) Cf of HFO) = 26,469 t CO2; 26,469e6 /
    /// (180,000 × 70,000) = 2.10 g/(dwt·nm); the printed line shows it and its rating.
    #[test]
    fn a_summary_prints_every_regime_and_the_cost() {
        let mut ledger = FuelLedger::new();
        ledger
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(8_500.0),
                "cape",
                ScopeShare::HALF,
            )
            .unwrap();
        let ship = CiiShip::new(CiiShipType::BulkCarrier, tonnes(180_000.0), 93_000.0).unwrap();
        let sy = ShipYear::new("cape", 2028, ledger, ship, nautical_miles(70_000.0));
        // On the draft-NZF timeline, so that all four regimes print a result.
        let s = compliance_summary_under(&sy, &Prices::illustrative(), &PolicyTimeline::nzf_2028())
            .unwrap();
        let text = s.to_string();
        // On the default timeline the NZF prints as not applicable (not in force).
        let today = compliance_summary(&sy, &Prices::illustrative())
            .unwrap()
            .to_string();
        assert!(
            today.contains("IMO NZF") && !today.contains("GFI"),
            "{today}"
        );
        assert!(
            text.starts_with("cape 2028\n  CII 2028: 2.10 gCO2/(capacity·nm)"),
            "{text}"
        );
        assert!(
            text.contains("FuelEU 2028: ") && text.contains("EU ETS 2028: "),
            "{text}"
        );
        assert!(
            text.contains("IMO NZF 2028 (draft, not adopted): GFI"),
            "{text}"
        );
        assert!(
            text.contains(&format!("total {}", s.costs.total())),
            "{text}"
        );
    }

    /// 1,000 t HFO under FuelEU 2025. By hand (Annex II): energy 1e9 g × 0.0405 MJ/g =
    /// 40,500,000 MJ; WtW 91.744198 gCO2e/MJ × 40.5e6 MJ = 3,715.6 t CO2e.
    #[test]
    fn emissions_print_total_energy_and_intensity() {
        let mut ledger = FuelLedger::new();
        ledger
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(1_000.0),
                "x",
                ScopeShare::FULL,
            )
            .unwrap();
        let e = AccountingBasis::fueleu(2025)
            .unwrap()
            .account(&ledger)
            .unwrap();
        let text = e.to_string();
        assert!(text.contains(": 3715.6 t CO2e WtW (WtT "), "{text}");
        assert!(text.ends_with("40500000 MJ, 91.74 gCO2e/MJ"), "{text}");
    }
}
