//! Turning a ledger into emissions under an accounting basis.
//!
//! For each fuel entry *i* of mass M (g) burned in converter *j*, with the basis's factors
//! (FuelEU Maritime, Reg. (EU) 2023/1805 Annex I, equations for WtT and TtW):
//!
//! * energy E_i = M · LCV (MJ)
//! * WtT_i = E_i · WtT factor (gCO2e); the WtT factor is the default, or from the certificate
//!   (E − Cf_CO2/LCV for a total-E certificate)
//! * TtW gases: CO2 = (1 − s)·Cf_CO2·M; CH4 = (1 − s)·Cf_CH4·M + s·M (slip); N2O = (1 − s)·Cf_N2O·M,
//!   with s = Cslip/100 for methane fuels and 0 otherwise
//! * TtW_i = CO2 (less any zero-rated CO2) + GWP_CH4·CH4 + GWP_N2O·N2O, over the gases counted
//!
//! and for the ledger: WtW = Σ WtT_i + Σ E_k·WtT_elec + Σ TtW_i, and the GHG intensity
//!
//! GHGIE = f_wind · WtW / (Σ E_i·RWD_i + Σ E_k)
//!
//! where E_k is shore-side electricity and RWD_i the RFNBO reward factor.

use serde::{Deserialize, Serialize};

use crate::emissions::basis::{AccountingBasis, Boundary};
use crate::error::{Error, Result};
use crate::fuel::{Certificate, FuelFamily, FuelOrigin};
use crate::ledger::{FuelLedger, Label, LedgerEntry};
use crate::numeric::NeumaierSum;
use crate::units::{
    Energy, EnergyExt, GhgIntensity, IntensityExt, LcvExt, Mass, MassExt, RatioExt, g_per_mj,
    tonnes,
};

/// Tank-to-wake gas masses (physical masses, before GWP weighting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GasMasses {
    /// CO2 emitted (t).
    #[serde(rename = "co2_t", with = "crate::units::serde_as::tonnes")]
    pub co2: Mass,
    /// Part of `co2` counted at zero by the basis (biogenic or RFNBO CO2 under the EU ETS) (t).
    #[serde(rename = "co2_zero_rated_t", with = "crate::units::serde_as::tonnes")]
    pub co2_zero_rated: Mass,
    /// CH4 from combustion (t).
    #[serde(rename = "ch4_combustion_t", with = "crate::units::serde_as::tonnes")]
    pub ch4_combustion: Mass,
    /// CH4 from methane slip (unburned fuel) (t).
    #[serde(rename = "ch4_slip_t", with = "crate::units::serde_as::tonnes")]
    pub ch4_slip: Mass,
    /// N2O (t).
    #[serde(rename = "n2o_t", with = "crate::units::serde_as::tonnes")]
    pub n2o: Mass,
    /// Unburned NH3 from ammonia engines (t; a pollutant, not in CO2e).
    #[serde(rename = "nh3_t", with = "crate::units::serde_as::tonnes")]
    pub nh3: Mass,
}

/// Emissions of a ledger (or one entry) under one accounting basis.
///
/// Masses of CO2e are in tonnes when serialised; energies in MJ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emissions {
    /// Name of the basis.
    pub basis: String,
    /// The boundary of the basis.
    pub boundary: Boundary,
    /// Energy of fuels and shore power, Σ M·LCV + Σ E_k (MJ).
    #[serde(rename = "energy_mj", with = "crate::units::serde_as::megajoules")]
    pub energy: Energy,
    /// Energy with the RFNBO reward applied, Σ M·LCV·RWD + Σ E_k (MJ): the intensity denominator.
    #[serde(
        rename = "reward_weighted_energy_mj",
        with = "crate::units::serde_as::megajoules"
    )]
    pub reward_weighted_energy: Energy,
    /// Energy from RFNBOs that qualify for the reward (actual, not weighted) (MJ).
    #[serde(
        rename = "rfnbo_energy_mj",
        with = "crate::units::serde_as::megajoules"
    )]
    pub rfnbo_energy: Energy,
    /// Shore-side electricity (MJ).
    #[serde(
        rename = "shore_power_energy_mj",
        with = "crate::units::serde_as::megajoules"
    )]
    pub shore_power_energy: Energy,
    /// Well-to-tank CO2e (t); zero for tank-to-wake bases.
    #[serde(rename = "well_to_tank_t", with = "crate::units::serde_as::tonnes")]
    pub well_to_tank: Mass,
    /// Tank-to-wake CO2e of the gases the basis counts (t).
    #[serde(rename = "tank_to_wake_t", with = "crate::units::serde_as::tonnes")]
    pub tank_to_wake: Mass,
    /// Tank-to-wake gas masses.
    pub gases: GasMasses,
    /// The wind reward factor applied to the intensity.
    pub wind_reward_factor: f64,
}

/// `FuelEU Maritime 2025 (…): 563630.0 t CO2e WtW (WtT 81283.1, TtW 482346.9), 6177028931 MJ, 91.25 gCO2e/MJ`
/// (the intensity with the basis's rewards; omitted when there is no energy).
impl std::fmt::Display for Emissions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::units::{EnergyExt, IntensityExt, MassExt};
        let boundary = match self.boundary {
            Boundary::WellToWake => "WtW",
            Boundary::TankToWake => "TtW",
        };
        write!(
            f,
            "{}: {:.1} t CO2e {boundary} (WtT {:.1}, TtW {:.1}), {:.0} MJ",
            self.basis,
            self.total().tonnes(),
            self.well_to_tank.tonnes(),
            self.tank_to_wake.tonnes(),
            self.energy.megajoules()
        )?;
        match self.intensity() {
            Ok(i) => write!(f, ", {:.2} gCO2e/MJ", i.g_per_mj()),
            Err(_) => Ok(()),
        }
    }
}

impl Emissions {
    /// Emissions within the basis boundary: WtT + TtW (for tank-to-wake bases, TtW).
    pub fn total(&self) -> Mass {
        self.well_to_tank + self.tank_to_wake
    }

    /// Well-to-wake CO2e, or `None` for a tank-to-wake basis (which does not compute WtT).
    pub fn well_to_wake(&self) -> Option<Mass> {
        match self.boundary {
            Boundary::WellToWake => Some(self.total()),
            Boundary::TankToWake => None,
        }
    }

    /// Total CH4 mass, combustion plus slip (a physical mass, not CO2e).
    pub fn methane(&self) -> Mass {
        self.gases.ch4_combustion + self.gases.ch4_slip
    }

    /// GHG intensity with the basis's rewards: f_wind · total / (Σ E_i·RWD_i + Σ E_k).
    ///
    /// This is FuelEU's GHGIE (gCO2e/MJ) under the FuelEU basis. Errors when the energy is zero.
    pub fn intensity(&self) -> Result<GhgIntensity> {
        divide(
            self.total() * self.wind_reward_factor,
            self.reward_weighted_energy,
            "GHG intensity",
        )
    }

    /// GHG intensity without rewards: total / (Σ E_i + Σ E_k).
    pub fn intensity_without_rewards(&self) -> Result<GhgIntensity> {
        divide(self.total(), self.energy, "GHG intensity without rewards")
    }

    /// WtT intensity, WtT / energy (no rewards).
    pub fn well_to_tank_intensity(&self) -> Result<GhgIntensity> {
        divide(self.well_to_tank, self.energy, "WtT intensity")
    }

    /// TtW intensity, TtW / energy (no rewards).
    pub fn tank_to_wake_intensity(&self) -> Result<GhgIntensity> {
        divide(self.tank_to_wake, self.energy, "TtW intensity")
    }
}

fn divide(mass: Mass, energy: Energy, what: &str) -> Result<GhgIntensity> {
    if energy.megajoules() > 0.0 {
        let i: GhgIntensity = mass / energy;
        // Factor sets bound the LCV and the factors, so a finite ledger gives a finite
        // intensity; a hand-made `Emissions` (public fields) may not.
        crate::numeric::finite_result(
            i.g_per_mj(),
            "energy_mj",
            energy.megajoules(),
            &format!("the {what}"),
        )?;
        Ok(i)
    } else {
        Err(Error::Undefined {
            quantity: what.to_string(),
            reason: "the ledger has no energy (zero fuel mass and no shore power)".into(),
        })
    }
}

/// Running sums in SI base units (kg, J) with compensated summation.
#[derive(Default)]
struct Accumulator {
    energy: NeumaierSum,
    reward_energy: NeumaierSum,
    rfnbo_energy: NeumaierSum,
    shore_energy: NeumaierSum,
    wtt: NeumaierSum,
    ttw: NeumaierSum,
    co2: NeumaierSum,
    co2_zero: NeumaierSum,
    ch4_comb: NeumaierSum,
    ch4_slip: NeumaierSum,
    n2o: NeumaierSum,
    nh3: NeumaierSum,
}

/// One entry's contribution, in grams and megajoules.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct EntryTerms {
    pub energy_mj: f64,
    pub reward_energy_mj: f64,
    pub rfnbo_energy_mj: f64,
    pub wtt_g: f64,
    pub ttw_g: f64,
    pub co2_g: f64,
    pub co2_zero_g: f64,
    pub ch4_comb_g: f64,
    pub ch4_slip_g: f64,
    pub n2o_g: f64,
    pub nh3_g: f64,
}

impl Accumulator {
    /// Fails, naming the input `field = value` just added, when a running sum overflowed.
    fn check(&self, field: impl FnOnce() -> String, value: f64) -> Result<()> {
        let sums = [
            &self.energy,
            &self.reward_energy,
            &self.rfnbo_energy,
            &self.shore_energy,
            &self.wtt,
            &self.ttw,
            &self.co2,
            &self.co2_zero,
            &self.ch4_comb,
            &self.ch4_slip,
            &self.n2o,
            &self.nh3,
        ];
        if sums.iter().all(|s| s.is_finite()) {
            Ok(())
        } else {
            Err(crate::numeric::overflow(
                &field(),
                value,
                "the ledger's total energy and emissions",
            ))
        }
    }

    fn add(&mut self, t: &EntryTerms) {
        // Store in base units: J and kg.
        self.energy.add(t.energy_mj * 1e6);
        self.reward_energy.add(t.reward_energy_mj * 1e6);
        self.rfnbo_energy.add(t.rfnbo_energy_mj * 1e6);
        self.wtt.add(t.wtt_g * 1e-3);
        self.ttw.add(t.ttw_g * 1e-3);
        self.co2.add(t.co2_g * 1e-3);
        self.co2_zero.add(t.co2_zero_g * 1e-3);
        self.ch4_comb.add(t.ch4_comb_g * 1e-3);
        self.ch4_slip.add(t.ch4_slip_g * 1e-3);
        self.n2o.add(t.n2o_g * 1e-3);
        self.nh3.add(t.nh3_g * 1e-3);
    }

    fn finish(&self, basis: &AccountingBasis) -> Result<Emissions> {
        let kg = |s: &NeumaierSum| Mass::new::<uom::si::mass::kilogram>(s.total());
        let j = |s: &NeumaierSum| Energy::new::<uom::si::energy::joule>(s.total());
        let e = Emissions {
            basis: basis.name.clone(),
            boundary: basis.boundary,
            energy: j(&self.energy),
            reward_weighted_energy: j(&self.reward_energy),
            rfnbo_energy: j(&self.rfnbo_energy),
            shore_power_energy: j(&self.shore_energy),
            well_to_tank: kg(&self.wtt),
            tank_to_wake: kg(&self.ttw),
            gases: GasMasses {
                co2: kg(&self.co2),
                co2_zero_rated: kg(&self.co2_zero),
                ch4_combustion: kg(&self.ch4_comb),
                ch4_slip: kg(&self.ch4_slip),
                n2o: kg(&self.n2o),
                nh3: kg(&self.nh3),
            },
            wind_reward_factor: basis.wind_reward_factor,
        };
        // Finite inputs with finite factors can still overflow (e.g. 1e308 t): never return one.
        for (name, v) in [
            ("energy", e.energy.megajoules()),
            (
                "reward_weighted_energy",
                e.reward_weighted_energy.megajoules(),
            ),
            ("well_to_tank", e.well_to_tank.tonnes()),
            ("tank_to_wake", e.tank_to_wake.tonnes()),
        ] {
            if !v.is_finite() {
                return Err(Error::Undefined {
                    quantity: name.to_string(),
                    reason: "the sum overflowed; the ledger's masses are too large".into(),
                });
            }
        }
        Ok(e)
    }
}

impl AccountingBasis {
    /// Accounts a whole ledger.
    ///
    /// Errors: an empty ledger; a pathway missing from the factor set; a biofuel or RFNBO
    /// without the certificate the WtT needs; a certificate on a fossil fuel where the basis
    /// forbids it; a methane fuel in a converter without a slip default or override.
    ///
    /// ```
    /// use green_corridor::emissions::AccountingBasis;
    /// use green_corridor::fuel::{ConverterClass, PathwayId};
    /// use green_corridor::ledger::{FuelLedger, ScopeShare};
    /// use green_corridor::units::{tonnes, IntensityExt};
    ///
    /// let mut ledger = FuelLedger::new();
    /// ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(1.0), "sea", ScopeShare::FULL)?;
    /// let e = AccountingBasis::fueleu(2025)?.account(&ledger)?;
    /// // 13.5 + (3.114 + 25·0.00005 + 298·0.00018)/0.0405 = 91.744 gCO2e/MJ
    /// assert!((e.intensity()?.g_per_mj() - 91.7442).abs() < 1e-4);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn account(&self, ledger: &FuelLedger) -> Result<Emissions> {
        if ledger.is_empty() {
            return Err(Error::Empty {
                field: "ledger".into(),
                expected: "at least one fuel or shore-power entry to account".into(),
            });
        }
        self.validate()?;
        let mut acc = Accumulator::default();
        for (i, entry) in ledger.entries().iter().enumerate() {
            let t = self.entry_terms(entry, i)?;
            acc.add(&t);
            acc.check(|| format!("ledger.entries[{i}].mass"), entry.mass.tonnes())?;
        }
        for (k, s) in ledger.shore_power().iter().enumerate() {
            self.add_shore_power(&mut acc, s.energy);
            acc.check(
                || format!("ledger.shore_power[{k}].energy"),
                s.energy.megajoules(),
            )?;
        }
        acc.finish(self)
    }

    /// Accounts one entry (`index` is used in error messages).
    pub fn account_entry(&self, entry: &LedgerEntry, index: usize) -> Result<Emissions> {
        self.validate()?;
        let mut acc = Accumulator::default();
        acc.add(&self.entry_terms(entry, index)?);
        acc.check(
            || format!("ledger.entries[{index}].mass"),
            entry.mass.tonnes(),
        )?;
        acc.finish(self)
    }

    /// Accounts each label of the ledger separately, in order of first appearance.
    pub fn account_by_label(&self, ledger: &FuelLedger) -> Result<Vec<(Label, Emissions)>> {
        self.validate()?;
        let labels = ledger.labels();
        let mut accs: Vec<Accumulator> = labels.iter().map(|_| Accumulator::default()).collect();
        let slot = |l: &Label| labels.iter().position(|x| x == l);
        for (i, entry) in ledger.entries().iter().enumerate() {
            let t = self.entry_terms(entry, i)?;
            if let Some(a) = slot(&entry.label).and_then(|k| accs.get_mut(k)) {
                a.add(&t);
                a.check(|| format!("ledger.entries[{i}].mass"), entry.mass.tonnes())?;
            }
        }
        for (k, s) in ledger.shore_power().iter().enumerate() {
            if let Some(a) = slot(&s.label).and_then(|k| accs.get_mut(k)) {
                self.add_shore_power(a, s.energy);
                a.check(
                    || format!("ledger.shore_power[{k}].energy"),
                    s.energy.megajoules(),
                )?;
            }
        }
        labels
            .into_iter()
            .zip(accs)
            .map(|(l, a)| a.finish(self).map(|e| (l, e)))
            .collect()
    }

    fn add_shore_power(&self, acc: &mut Accumulator, energy: Energy) {
        let mj = energy.megajoules();
        acc.energy.add(mj * 1e6);
        acc.reward_energy.add(mj * 1e6);
        acc.shore_energy.add(mj * 1e6);
        if self.boundary == Boundary::WellToWake {
            acc.wtt.add(mj * self.shore_power_wtt.g_per_mj() * 1e-3);
        }
    }

    /// The WtT factor (gCO2e/MJ) of one entry's fuel under this basis.
    pub fn well_to_tank_factor(&self, entry: &LedgerEntry, index: usize) -> Result<GhgIntensity> {
        let f = self.factors.get(&entry.fuel.pathway)?;
        self.well_to_tank_factor_of(f, entry, index)
    }

    fn well_to_tank_factor_of(
        &self,
        f: &crate::fuel::PathwayFactors,
        entry: &LedgerEntry,
        index: usize,
    ) -> Result<GhgIntensity> {
        let lcv = f.lcv.mj_per_g();
        let field = || format!("ledger.entries[{index}].fuel");
        let pathway = &entry.fuel.pathway;
        let origin = pathway.origin();
        if entry.fuel.certificate.is_some()
            && origin == FuelOrigin::Fossil
            && !self.fossil_certificates_allowed
        {
            return Err(Error::CertificateNotAllowed {
                field: field(),
                pathway: pathway.name().to_string(),
                basis: self.name.clone(),
                rule: "Annex II default values are mandatory for fossil fuels \
                       (Reg. (EU) 2023/1805 Art. 10, Annex II)"
                    .into(),
            });
        }
        match (entry.fuel.certificate, f.well_to_tank) {
            (Some(Certificate::TotalE(e)), _) => Ok(g_per_mj(e.g_per_mj() - f.cf_co2.g_per_g() / lcv)),
            (Some(Certificate::WellToTank(w)), _) => Ok(w),
            (None, Some(w)) => Ok(w),
            (None, None) => Err(Error::MissingCertifiedValue {
                field: field(),
                pathway: pathway.name().to_string(),
                basis: self.name.clone(),
                rule: match origin {
                    FuelOrigin::Biofuel => "the WtT of a biofuel comes from its Proof of Sustainability: \
                        give Certificate::TotalE (WtT = E - Cf_CO2/LCV, Annex II); a biofuel that does not \
                        meet the RED II criteria must be entered as the least favourable fossil pathway"
                        .into(),
                    FuelOrigin::Rfnbo => "the WtT of an RFNBO comes from its certificate \
                        (Delegated Regulation (EU) 2023/1185): give Certificate::TotalE or Certificate::WellToTank"
                        .into(),
                    FuelOrigin::Fossil => "the factor set has no default WtT for this pathway: \
                        give Certificate::WellToTank"
                        .into(),
                },
            }),
        }
    }

    /// The contribution of one entry, in grams and megajoules.
    pub(crate) fn entry_terms(&self, entry: &LedgerEntry, index: usize) -> Result<EntryTerms> {
        let pathway = &entry.fuel.pathway;
        let f = self.factors.get(pathway)?;
        let mass_field = || format!("ledger.entries[{index}].mass");
        let mass_t = crate::error::non_negative(mass_field, entry.mass.tonnes())?;
        let m = entry.mass.grams();
        let lcv = f.lcv.mj_per_g();
        let energy = m * lcv;
        let origin = pathway.origin();
        let family = pathway.family();
        let class = entry.converter.class;
        let ov = &entry.converter.overrides;

        let wtt_factor = match self.boundary {
            Boundary::WellToWake => self.well_to_tank_factor_of(f, entry, index)?.g_per_mj(),
            Boundary::TankToWake => 0.0,
        };

        let slip = if self.model_methane_slip && family == FuelFamily::Methane {
            match ov.methane_slip.or_else(|| self.factors.methane_slip(class)) {
                Some(s) => s.value(),
                None => {
                    return Err(Error::NoSlipDefault {
                        field: format!("ledger.entries[{index}].converter"),
                        pathway: pathway.name().to_string(),
                        converter: class.name().to_string(),
                        factor_set: self.factors.name().to_string(),
                    });
                }
            }
        } else {
            0.0
        };

        let nc = f.non_co2(class);
        let cf_ch4 = ov.cf_ch4.unwrap_or(nc.cf_ch4).g_per_g();
        let cf_n2o = ov.cf_n2o.unwrap_or(nc.cf_n2o).g_per_g();
        let cf_co2 = match (self.certified_cf_ceiling, entry.fuel.certificate) {
            (Some(ceiling), Some(Certificate::TotalE(e)))
                if origin != FuelOrigin::Fossil && e.g_per_mj() <= ceiling.g_per_mj() =>
            {
                e.g_per_mj() * lcv
            }
            _ => f.cf_co2.g_per_g(),
        };

        let burned = (1.0 - slip) * m;
        let co2 = burned * cf_co2;
        let ch4_comb = burned * cf_ch4;
        let ch4_slip = slip * m;
        let n2o = burned * cf_n2o;
        let nh3 = if family == FuelFamily::Ammonia {
            ov.ammonia_slip.map_or(0.0, |r| r.value() * m)
        } else {
            0.0
        };
        let co2_zero = if self.zero_rate_renewable_co2 && origin != FuelOrigin::Fossil {
            co2
        } else {
            0.0
        };
        let g = &self.gases;
        let ttw = if g.co2 { co2 - co2_zero } else { 0.0 }
            + if g.ch4 {
                self.gwp.ch4 * (ch4_comb + ch4_slip)
            } else {
                0.0
            }
            + if g.n2o { self.gwp.n2o * n2o } else { 0.0 };
        let wtt = wtt_factor * energy;

        let qualifies_for_reward = origin == FuelOrigin::Rfnbo
            && match self.rfnbo_wtw_ceiling {
                None => true,
                Some(c) => energy <= 0.0 || (wtt + ttw) / energy <= c.g_per_mj() + 1e-12,
            };
        let (reward_energy, rfnbo_energy) = if qualifies_for_reward {
            (energy * self.rfnbo_reward_factor, energy)
        } else {
            (energy, 0.0)
        };
        for v in [
            energy,
            reward_energy,
            wtt,
            ttw,
            co2,
            ch4_comb,
            ch4_slip,
            n2o,
            nh3,
        ] {
            crate::numeric::finite_result(
                v,
                &mass_field(),
                mass_t,
                "the entry's energy and emissions",
            )?;
        }
        Ok(EntryTerms {
            energy_mj: energy,
            reward_energy_mj: reward_energy,
            rfnbo_energy_mj: rfnbo_energy,
            wtt_g: wtt,
            ttw_g: ttw,
            co2_g: co2,
            co2_zero_g: co2_zero,
            ch4_comb_g: ch4_comb,
            ch4_slip_g: ch4_slip,
            n2o_g: n2o,
            nh3_g: nh3,
        })
    }

    /// Per-fuel intensities of a pathway in a converter, without any rewards: (WtT, TtW, WtW) in
    /// gCO2e/MJ. Accounts one tonne; used by the catalogue table.
    pub fn fuel_intensities(
        &self,
        fuel: &crate::fuel::Fuel,
        converter: crate::fuel::Converter,
    ) -> Result<(GhgIntensity, GhgIntensity, GhgIntensity)> {
        let entry = LedgerEntry::new(
            fuel.clone(),
            converter,
            tonnes(1.0),
            "fuel",
            crate::ledger::ScopeShare::FULL,
        )?;
        let e = self.account_entry(&entry, 0)?;
        Ok((
            e.well_to_tank_intensity()?,
            e.tank_to_wake_intensity()?,
            e.intensity_without_rewards()?,
        ))
    }
}
