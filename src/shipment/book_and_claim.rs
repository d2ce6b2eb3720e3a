//! Book-and-claim of green fuel bunkered on a corridor: a certificate for a batch of
//! bio- or e-fuel, its well-to-wake saving against the fossil fuel it displaced (both
//! computed with the basis's own factors), divided into units that shipments claim.
//!
//! * Energy of the batch: E = m · LCV (or given directly; m = E / LCV), LCV from the basis's
//!   factor set.
//! * Saving: S = (I_fossil − I_green) · E, I the WtW intensity per MJ of each fuel in its
//!   converter under the basis ([`AccountingBasis::fuel_intensities`]); the green fuel's
//!   certificate (Proof of Sustainability) gives its WtT or total E.
//! * Units: the batch is split into N equal units of S / N; a claim names the units it takes
//!   and reduces its shipment's market-based footprint by (number of units) · S / N.
//! * The registry refuses a unit claimed twice ([`Error::AlreadyClaimed`]), a unit outside the
//!   certificate (no over-claiming), and a claim larger than the shipment's own WtW (a claim
//!   cannot make a footprint negative). Claims of every unit sum to S.
//!
//! The physical (location-based) footprint of ISO 14083 is reported unchanged beside the
//! claimed reduction ([`ClaimedFootprint`]): book-and-claim is a separate, market-based
//! statement, as the GLEC Framework and the SFC book-and-claim guidance keep it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::fuel::{ConverterClass, Fuel, FuelOrigin, PathwayId};
use crate::route::Date;
use crate::shipment::footprint::ShipmentFootprint;
use crate::units::{Energy, EnergyExt, IntensityExt, LcvExt, Mass, MassExt};
use crate::voyage::corridors::Corridor;

/// Largest number of units a certificate may be split into (bounds the registry's memory).
pub const MAX_UNITS: u32 = 1_000_000;

/// Largest batch accepted, t (a very large bunker stem is ~10,000 t; a bound against unit
/// mistakes).
const MAX_BATCH_T: f64 = 1e6;

/// How much green fuel the certificate covers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum CertificateQuantity {
    /// A fuel mass (serialised in t).
    #[serde(rename = "mass_t", with = "crate::units::serde_as::tonnes")]
    Mass(Mass),
    /// A fuel energy (serialised in MJ).
    #[serde(rename = "energy_mj", with = "crate::units::serde_as::megajoules")]
    Energy(Energy),
}

/// A certificate for a batch of green fuel bunkered on a corridor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct CorridorCertificate {
    /// Identifier (serial of the certificate).
    pub id: String,
    /// The fuel and its Proof of Sustainability.
    pub fuel: Fuel,
    /// The converter it was burned in.
    pub converter: ConverterClass,
    /// Mass or energy.
    pub quantity: CertificateQuantity,
    /// Port where it was bunkered (UN/LOCODE).
    pub bunkered_at: String,
    /// The corridor's identifier.
    pub corridor: String,
    /// Bunkering date.
    pub date: Date,
    /// The fossil fuel it displaced, and that fuel's converter.
    pub fossil_reference: (PathwayId, ConverterClass),
    /// Number of claimable units (1 to [`MAX_UNITS`]).
    pub units: u32,
}

crate::numeric::validated_serde!(CorridorCertificate, |c| c.validate());

impl CorridorCertificate {
    /// A certificate bunkered at `bunkered_at` on `corridor`.
    ///
    /// Errors: a port that is not one of the corridor's (`certificate.bunkered_at`); a fossil
    /// fuel (`certificate.fuel.pathway`); a quantity that is not positive and finite
    /// (`certificate.quantity`); 0 or more than [`MAX_UNITS`] units (`certificate.units`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: &str,
        fuel: Fuel,
        converter: ConverterClass,
        quantity: CertificateQuantity,
        bunkered_at: &str,
        corridor: &Corridor,
        date: Date,
        fossil_reference: (PathwayId, ConverterClass),
        units: u32,
    ) -> Result<Self> {
        let port = crate::route::port(bunkered_at)
            .map_err(|e| e.rooted("port", "certificate.bunkered_at"))?
            .locode;
        let on_corridor =
            port == corridor.from || port == corridor.to || corridor.also.contains(&port);
        if !on_corridor {
            return Err(Error::OutOfRange {
                field: "certificate.bunkered_at".into(),
                value: 0.0,
                expected: format!(
                    "a port of the corridor {} ({}, {}{}), got {port}",
                    corridor.id,
                    corridor.from,
                    corridor.to,
                    corridor
                        .also
                        .iter()
                        .map(|p| format!(", {p}"))
                        .collect::<String>()
                ),
            });
        }
        let c = Self {
            id: id.to_string(),
            fuel,
            converter,
            quantity,
            bunkered_at: port.to_string(),
            corridor: corridor.id.to_string(),
            date,
            fossil_reference,
            units,
        };
        c.validate()?;
        Ok(c)
    }

    /// Checks the certificate's own fields (see [`new`](Self::new)).
    pub fn validate(&self) -> Result<()> {
        if self.fuel.pathway.origin() == FuelOrigin::Fossil {
            return Err(Error::OutOfRange {
                field: "certificate.fuel.pathway".into(),
                value: 0.0,
                expected: format!(
                    "a biofuel or RFNBO pathway, got the fossil {}",
                    self.fuel.pathway.name()
                ),
            });
        }
        let (v, what) = match self.quantity {
            CertificateQuantity::Mass(m) => (m.tonnes(), MAX_BATCH_T),
            CertificateQuantity::Energy(e) => (e.megajoules(), MAX_BATCH_T * 50_000.0),
        };
        crate::error::in_range(|| "certificate.quantity".into(), v, 0.0, what)?;
        if v == 0.0 {
            return Err(Error::OutOfRange {
                field: "certificate.quantity".into(),
                value: v,
                expected: "a positive mass or energy".into(),
            });
        }
        if self.units == 0 || self.units > MAX_UNITS {
            return Err(Error::OutOfRange {
                field: "certificate.units".into(),
                value: f64::from(self.units),
                expected: format!("1 to {MAX_UNITS} units"),
            });
        }
        Ok(())
    }

    /// The certificate's WtW saving under `basis` (see the module docs).
    ///
    /// Errors: a basis without factors for the pathways, a green fuel without the certificate
    /// the basis needs, or a fuel that saves nothing against the reference
    /// (`certificate.fossil_reference`).
    pub fn saving(&self, basis: &AccountingBasis) -> Result<CertificateSaving> {
        self.validate()?;
        let lcv = basis.factors.get(&self.fuel.pathway)?.lcv.mj_per_g();
        let energy_mj = match self.quantity {
            CertificateQuantity::Mass(m) => m.grams() * lcv,
            CertificateQuantity::Energy(e) => e.megajoules(),
        };
        let (g_wtt, g_ttw, g_wtw) = basis.fuel_intensities(&self.fuel, self.converter.into())?;
        let (f_path, f_conv) = (&self.fossil_reference.0, self.fossil_reference.1);
        let (f_wtt, f_ttw, f_wtw) =
            basis.fuel_intensities(&Fuel::new(f_path.clone()), f_conv.into())?;
        let per_mj = f_wtw.g_per_mj() - g_wtw.g_per_mj();
        if per_mj <= 0.0 {
            return Err(Error::RuleViolated {
                field: "certificate.fossil_reference".into(),
                value: per_mj,
                rule: format!(
                    "the green fuel ({:.2} gCO2e/MJ WtW) must emit less than its fossil \
                     reference {} ({:.2} gCO2e/MJ) to be claimed",
                    g_wtw.g_per_mj(),
                    f_path.name(),
                    f_wtw.g_per_mj()
                ),
            });
        }
        let saving_t = per_mj * energy_mj * 1e-6;
        Ok(CertificateSaving {
            certificate_id: self.id.clone(),
            basis: basis.name.clone(),
            energy_mj,
            fuel_mass_t: energy_mj / lcv * 1e-6,
            green_wtt_g_per_mj: g_wtt.g_per_mj(),
            green_ttw_g_per_mj: g_ttw.g_per_mj(),
            green_wtw_g_per_mj: g_wtw.g_per_mj(),
            fossil_wtt_g_per_mj: f_wtt.g_per_mj(),
            fossil_ttw_g_per_mj: f_ttw.g_per_mj(),
            fossil_wtw_g_per_mj: f_wtw.g_per_mj(),
            saving_wtw_t: saving_t,
            units: self.units,
            saving_per_unit_kg: saving_t * 1e3 / f64::from(self.units),
        })
    }
}

/// A certificate's saving, with the arithmetic's terms.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CertificateSaving {
    /// The certificate.
    pub certificate_id: String,
    /// The basis.
    pub basis: String,
    /// Energy of the batch, MJ.
    pub energy_mj: f64,
    /// Mass of the batch, t.
    pub fuel_mass_t: f64,
    /// Green fuel WtT, gCO2e/MJ.
    pub green_wtt_g_per_mj: f64,
    /// Green fuel TtW, gCO2e/MJ.
    pub green_ttw_g_per_mj: f64,
    /// Green fuel WtW, gCO2e/MJ.
    pub green_wtw_g_per_mj: f64,
    /// Fossil reference WtT, gCO2e/MJ.
    pub fossil_wtt_g_per_mj: f64,
    /// Fossil reference TtW, gCO2e/MJ.
    pub fossil_ttw_g_per_mj: f64,
    /// Fossil reference WtW, gCO2e/MJ.
    pub fossil_wtw_g_per_mj: f64,
    /// Saving S = (fossil − green) · E, t CO2e WtW.
    pub saving_wtw_t: f64,
    /// Units N.
    pub units: u32,
    /// S / N, kg CO2e.
    pub saving_per_unit_kg: f64,
}

/// One claim: units of a certificate taken by a shipment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The certificate.
    pub certificate_id: String,
    /// The shipment.
    pub shipment_id: String,
    /// First unit claimed (0-based).
    pub first_unit: u32,
    /// Number of units.
    pub units: u32,
    /// Footprint reduction, kg CO2e WtW = units · S / N.
    pub reduction_wtw_kg: f64,
}

/// A shipment's physical footprint and its claimed (market-based) reduction, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimedFootprint {
    /// The shipment.
    pub shipment_id: String,
    /// ISO 14083 physical WtW footprint, kg CO2e.
    pub physical_wtw_kg: f64,
    /// Reduction claimed through certificates, kg CO2e.
    pub claimed_reduction_wtw_kg: f64,
    /// Physical minus claimed, kg CO2e (never negative).
    pub net_wtw_kg: f64,
    /// The claims.
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
struct Registered {
    certificate: CorridorCertificate,
    saving: CertificateSaving,
    /// Per unit: the index of the claim holding it.
    #[serde(skip)]
    holder: Vec<Option<usize>>,
}

/// Certificates and their claims; refuses double claims and over-claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClaimRegistry {
    certificates: Vec<Registered>,
    claims: Vec<Claim>,
}

impl ClaimRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `certificate`, its saving computed under `basis`.
    ///
    /// Errors: an identifier already registered (`certificate.id`); the saving's errors.
    pub fn register(
        &mut self,
        certificate: CorridorCertificate,
        basis: &AccountingBasis,
    ) -> Result<&CertificateSaving> {
        if self
            .certificates
            .iter()
            .any(|r| r.certificate.id == certificate.id)
        {
            return Err(Error::RuleViolated {
                field: "certificate.id".into(),
                value: 0.0,
                rule: format!("certificate '{}' is already registered", certificate.id),
            });
        }
        let saving = certificate.saving(basis)?;
        let n = certificate.units as usize;
        self.certificates.push(Registered {
            certificate,
            saving,
            holder: vec![None; n],
        });
        self.certificates
            .last()
            .map(|r| &r.saving)
            .ok_or_else(|| Error::Empty {
                field: "registry".into(),
                expected: "the certificate just registered".into(),
            })
    }

    fn find(&self, certificate_id: &str) -> Result<usize> {
        self.certificates
            .iter()
            .position(|r| r.certificate.id == certificate_id)
            .ok_or_else(|| Error::OutOfRange {
                field: "claim.certificate_id".into(),
                value: 0.0,
                expected: format!("a registered certificate, got '{certificate_id}'"),
            })
    }

    /// Claims `units` of certificate `certificate_id` for `shipment_id`. All or nothing:
    /// nothing is recorded when any unit fails.
    ///
    /// Errors: an unknown certificate (`claim.certificate_id`); an empty range or one beyond
    /// the certificate's units (`claim.units`, over-claim); a unit already claimed
    /// ([`Error::AlreadyClaimed`], `claim.units`).
    pub fn claim(
        &mut self,
        certificate_id: &str,
        shipment_id: &str,
        units: Range<u32>,
    ) -> Result<Claim> {
        let k = self.find(certificate_id)?;
        let next = self.claims.len();
        let reg = self.certificates.get_mut(k).ok_or_else(|| Error::Empty {
            field: "registry".into(),
            expected: "the certificate found".into(),
        })?;
        let n = reg.certificate.units;
        if units.start >= units.end || units.end > n {
            return Err(Error::OutOfRange {
                field: "claim.units".into(),
                value: f64::from(units.end),
                expected: format!(
                    "a non-empty range within the certificate's {n} units (0..{n}), got {}..{}",
                    units.start, units.end
                ),
            });
        }
        let slots = reg
            .holder
            .get(units.start as usize..units.end as usize)
            .ok_or_else(|| Error::OutOfRange {
                field: "claim.units".into(),
                value: f64::from(units.end),
                expected: format!("units within 0..{n}"),
            })?;
        if let Some((j, holder)) = slots
            .iter()
            .enumerate()
            .find_map(|(j, h)| h.map(|h| (j, h)))
        {
            let claimed_by = self
                .claims
                .get(holder)
                .map(|c| c.shipment_id.clone())
                .unwrap_or_default();
            return Err(Error::AlreadyClaimed {
                field: "claim.units".into(),
                certificate: certificate_id.to_string(),
                unit: (units.start as usize + j).to_string(),
                claimed_by,
            });
        }
        for h in reg
            .holder
            .iter_mut()
            .skip(units.start as usize)
            .take((units.end - units.start) as usize)
        {
            *h = Some(next);
        }
        let count = units.end - units.start;
        let claim = Claim {
            certificate_id: certificate_id.to_string(),
            shipment_id: shipment_id.to_string(),
            first_unit: units.start,
            units: count,
            reduction_wtw_kg: f64::from(count) * reg.saving.saving_per_unit_kg,
        };
        self.claims.push(claim.clone());
        Ok(claim)
    }

    /// Claims `units` for the shipment of `footprint` and returns its physical and claimed
    /// footprint. Refuses (before recording anything) a claim that would take the shipment's
    /// claimed reductions above its physical WtW (`claim.units`).
    pub fn claim_for(
        &mut self,
        certificate_id: &str,
        footprint: &ShipmentFootprint,
        units: Range<u32>,
    ) -> Result<ClaimedFootprint> {
        let k = self.find(certificate_id)?;
        let per_unit = self
            .certificates
            .get(k)
            .map(|r| r.saving.saving_per_unit_kg)
            .unwrap_or(0.0);
        let already = self.claimed_by(&footprint.shipment_id);
        let asked = f64::from(units.end.saturating_sub(units.start)) * per_unit;
        let physical = footprint.total.wtw_kg;
        if already + asked > physical * (1.0 + 1e-12) {
            return Err(Error::OutOfRange {
                field: "claim.units".into(),
                value: f64::from(units.end.saturating_sub(units.start)),
                expected: format!(
                    "at most {:.0} units: the shipment's physical WtW is {physical:.1} kg, \
                     {already:.1} kg already claimed, {per_unit:.3} kg per unit",
                    ((physical - already) / per_unit).floor().max(0.0)
                ),
            });
        }
        self.claim(certificate_id, &footprint.shipment_id, units)?;
        let claimed = self.claimed_by(&footprint.shipment_id);
        Ok(ClaimedFootprint {
            shipment_id: footprint.shipment_id.clone(),
            physical_wtw_kg: physical,
            claimed_reduction_wtw_kg: claimed,
            net_wtw_kg: (physical - claimed).max(0.0),
            claims: self
                .claims
                .iter()
                .filter(|c| c.shipment_id == footprint.shipment_id)
                .cloned()
                .collect(),
        })
    }

    /// Reductions claimed by `shipment_id`, kg CO2e.
    pub fn claimed_by(&self, shipment_id: &str) -> f64 {
        self.claims
            .iter()
            .filter(|c| c.shipment_id == shipment_id)
            .map(|c| c.reduction_wtw_kg)
            .sum()
    }

    /// Reductions claimed on `certificate_id`, kg CO2e.
    pub fn claimed_on(&self, certificate_id: &str) -> f64 {
        self.claims
            .iter()
            .filter(|c| c.certificate_id == certificate_id)
            .map(|c| c.reduction_wtw_kg)
            .sum()
    }

    /// Units of `certificate_id` not yet claimed.
    pub fn unclaimed_units(&self, certificate_id: &str) -> Result<u32> {
        let k = self.find(certificate_id)?;
        Ok(self
            .certificates
            .get(k)
            .map(|r| r.holder.iter().filter(|h| h.is_none()).count() as u32)
            .unwrap_or(0))
    }

    /// The saving of a registered certificate.
    pub fn saving(&self, certificate_id: &str) -> Result<&CertificateSaving> {
        let k = self.find(certificate_id)?;
        self.certificates
            .get(k)
            .map(|r| &r.saving)
            .ok_or_else(|| Error::Empty {
                field: "registry".into(),
                expected: "the certificate found".into(),
            })
    }

    /// Every claim, in order.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }
}
