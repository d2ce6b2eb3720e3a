//! A fleet prepared for the batch path: every per-vessel coefficient computed once.

use crate::batch::columns::{RowErrorKind, RowResult, SegmentColumn};
use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::fuel::{Converter, Fuel};
use crate::ledger::{LedgerEntry, ScopeShare};
use crate::units::{PowerExt, RatioExt, SfcExt, VelocityExt, knots, tonnes};
use crate::vessel::MetresExt;
use crate::vessel::data::power_law::{
    DRAUGHT_EXPONENT, FOULING_EFFICIENCY, LOAD_CAP, UNREACHABLE_SPEED_MARGIN,
};
use crate::vessel::fuel_supply::BurnMode;
use crate::vessel::sfc::{Consumer, baseline_sfc, lcv_mj_per_g, relative_sfoc_unchecked};
use crate::vessel::{LowLoadAdjustment, OperatingPhase, PropulsionModel, Vessel, metres};

/// Number of low-load classes: index 0 = no adjustment (load ≥ 19.5 %), index b − 1 = the
/// Starcrest/ICCT bin of b % (b = 2 … 19), as [`LowLoadAdjustment`] rounds the load.
pub(crate) const LOW_LOAD_CLASSES: usize = 19;

/// Half-width (in per cent of load) of the band around a low-load bin edge (x.5 %) inside
/// which a row recomputes its load exactly as [`Vessel::operate`] does, so that a rounding
/// difference in the last bit can never put the row in another bin. (A modelling-free
/// numerical guard: the fast path's load differs from the single path's by a few ulps.)
const BIN_EDGE_GUARD_PERCENT: f64 = 1e-7;

/// Per-vessel coefficients of the batch path (all derived from the vessel and the basis),
/// laid out so that one row touches few cache lines: the propulsion constants first, then
/// one 32-byte row per phase, then the main-engine factors.
#[derive(Debug, Clone)]
#[repr(C)]
pub(crate) struct PreparedVessel {
    /// δ_w · MCR / (η_w · η_f) / v_ref³, kW per kn³ at the design draught (Eq. 8).
    power_per_kn3: f64,
    /// T_ref, m.
    design_draught_m: f64,
    /// Share of propulsion power from the main engine, 1 − s_wind.
    engine_share: f64,
    /// Load cap × MCR, kW.
    cap_kw: f64,
    /// MCR, kW.
    mcr_kw: f64,
    /// (1 + margin) · v_ref, kn: at or below it every speed is reachable.
    fast_speed_limit_kn: f64,
    /// SFC baseline of the main engine for its main fuel, g/kWh.
    me_sfc_g_per_kwh: f64,
    /// Longest duration the fast path takes, h: FAST_MAX_OUTPUT over the largest output per
    /// hour any row of this vessel can have (engine power capped at MCR, SFOC factor ≤ 1.28
    /// on 0 ≤ L ≤ 1, speed ≤ 1.1·v_ref), so a fast-path row needs no overflow check; a
    /// longer row takes the full check and its overflow test. 0 if the bound is not finite.
    fast_max_hours: f64,
    /// Speed–power curve vessels take the exact single-path propulsion function per row.
    curve: bool,
    /// One past the bit pattern of `fast_speed_limit_kn`, or 0 for a speed–power curve
    /// vessel: a speed v takes the fast path iff v.to_bits() < this (IEEE order: the
    /// non-negative doubles, +0 … the limit; −0, negatives and NaN fail).
    fast_speed_bits_end: u64,
    /// Bit pattern of `fast_max_hours` (a duration h takes the fast path iff
    /// 0 < h.to_bits() ≤ this).
    fast_max_hours_bits: u64,
    /// Whether the SFOC load curve applies to the main engine.
    load_dependent_sfc: bool,
    /// By phase code, per hour: [auxiliary fuel t, boiler fuel t, auxiliary + boiler CO2e t,
    /// auxiliary + boiler energy MJ].
    per_phase: [[f64; 4]; 5],
    /// Main-engine fuel (main + pilot), t per g of baseline-SFC fuel.
    me_t_per_g: f64,
    /// Main-engine energy, MJ per g of baseline-SFC fuel.
    me_mj_per_g: f64,
    /// Main-engine CO2e, t per g of baseline-SFC fuel, by low-load class.
    me_co2e_t_per_g: [f64; LOW_LOAD_CLASSES],
    /// The same, indexed by w = min(⌊pct + 0.5⌋, 20) for a load of pct % (the integer
    /// bin look-up of the fast path: class [`class_of_rounded_percent`]`(w)`).
    me_co2e_t_per_g_by_rounded_percent: [f64; ROUNDED_PERCENTS],
}

/// 1.5·2⁵²: x + ROUND_SHIFT rounds x to an integer held in the low bits (|x| < 2⁵¹).
const ROUND_SHIFT: f64 = 6_755_399_441_055_744.0;

/// Largest output a fast-path row may reach (its sum over seven outputs stays finite).
const FAST_MAX_OUTPUT: f64 = 1e300;

/// Entries of the rounded-percent table: w = 0 … 20 (20 stands for every load ≥ 19.5 %).
pub(crate) const ROUNDED_PERCENTS: usize = 21;

/// The low-load class of a load whose per-cent value rounds (half up) to `w`:
/// [`low_load_class`] away from the bin edges (w ≥ 20: no adjustment; w ≤ 2: the 2 % bin).
pub(crate) fn class_of_rounded_percent(w: usize) -> usize {
    if w >= 20 { 0 } else { w.max(2) - 1 }
}

/// Fuel mass, energy and CO2e of one consumer per g of its baseline-SFC fuel.
struct ConsumerCoefficients {
    sfc_g_per_kwh: f64,
    t_per_g: f64,
    mj_per_g: f64,
    co2e_t_per_g: [f64; LOW_LOAD_CLASSES],
}

/// The low-load class of a main-engine load, exactly as [`LowLoadAdjustment`] bins it.
#[inline]
pub(crate) fn low_load_class(load: f64) -> usize {
    let pct = (load * 100.0).round();
    if pct >= 20.0 {
        0
    } else {
        // 2 ≤ pct ≤ 19 here after the floor: a class from 1 to 18.
        (pct.max(2.0) as usize).saturating_sub(1)
    }
}

/// [`low_load_class`] for a load whose per-cent value is not within the guard band of a bin
/// edge: truncation of pct + 0.5 equals rounding there (no libm call).
#[inline]
fn low_load_class_fast(pct: f64) -> usize {
    if pct >= 19.5 {
        0
    } else {
        ((pct + 0.5) as usize).max(2) - 1
    }
}

/// x^0.66 (the draught factor (T/T_ref)^0.66 of Eq. 8) without a libm call, table-driven,
/// for 2⁻⁸ ≤ x < 2⁸ (every draught ratio; anything else takes `powf`):
///
/// * **ln x** = e·ln 2 + ln c_j + ln(1 + r): x = 2^e·m, m ∈ [1, 2); c_j the midpoint of the
///   m-interval of width 1/128 picked by m's top 7 bits; d = m − c_j is exact (Sterbenz) and
///   r = d · (1/c_j), |r| ≤ 2⁻⁸; ln(1 + r) by its Taylor series to r⁶ (truncation
///   |r|⁷/7 < 3e-18), evaluated in Estrin form;
/// * **exp y** (y = 0.66·ln x, |y| < 3.7) = 2^(k/64) · exp(ρ): k = round(64·y/ln 2),
///   ρ = y − k·ln 2/64 by a Cody–Waite split (k·ln2_hi/64 exact for |k| < 2¹¹),
///   |ρ| ≤ ln 2/128; exp(ρ) − 1 by its Taylor series to ρ⁶ (truncation < 3e-20); 2^(k/64)
///   = 2^⌊k/64⌋ · T[k mod 64].
///
/// The tables (`LN_C`, `INV_C`, `EXP2_64` in `draught_tables.rs`) are generated by
/// `tools/build_draught_tables.py`: each entry correctly rounded from a 60-digit value.
/// Error budget: ln c_j and T to ½ ulp, the ln sum to ½ ulp of |ln x| (≤ 2.4e-16 absolute
/// for x ≤ 3), the final products to ½ ulp each: within 1e-15 relative of the exact value,
/// checked against `powf` in the unit test on 0.05 … 20 (measured worst: see the test).
/// Zero, subnormal, negative, infinite, NaN and out-of-range inputs take `powf`.
#[inline]
pub(crate) fn draught_factor(x: f64) -> f64 {
    use super::draught_tables::{EXP2_64, INV_C, LN_C};
    // fdlibm's split of ln 2: LN2_HI has 11 trailing zero bits, LN2_LO = ln 2 − LN2_HI.
    const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
    // ln 2 / 64 split the same way (division by 64 is exact).
    const L64_HI: f64 = LN2_HI / 64.0;
    const L64_LO: f64 = LN2_LO / 64.0;
    const INV_L64: f64 = 64.0 * std::f64::consts::LOG2_E;
    let bits = x.to_bits();
    let biased = (bits >> 52) as i64; // sign bit included: negative x is > 0x7ff
    // 2⁻⁸ ≤ x < 2⁸: biased exponent 1015 … 1030.
    if !(1015..=1030).contains(&biased) {
        return x.powf(DRAUGHT_EXPONENT);
    }
    // e = biased − 1023 exactly, without an integer conversion: 2⁵² + biased − (2⁵² + 1023).
    let e =
        f64::from_bits(0x4330_0000_0000_0000 | biased.cast_unsigned()) - 4_503_599_627_371_519.0;
    let frac = bits & 0x000f_ffff_ffff_ffff;
    let j = (frac >> 45) as usize; // top 7 mantissa bits: 0 … 127
    let m = f64::from_bits(frac | 0x3ff0_0000_0000_0000);
    let c = f64::from_bits((frac & !((1u64 << 45) - 1)) | (1u64 << 44) | 0x3ff0_0000_0000_0000);
    let (Some(&inv_c), Some(&ln_c)) = (INV_C.get(j), LN_C.get(j)) else {
        return x.powf(DRAUGHT_EXPONENT);
    };
    let r = (m - c) * inv_c;
    let r2 = r * r;
    // ln(1 + r) − r = r²·(−1/2 + r/3) + r⁴·(−1/4 + r/5 − r²/6).
    let tail = r2 * (-0.5 + r * (1.0 / 3.0)) + (r2 * r2) * (-0.25 + r * 0.2 + r2 * (-1.0 / 6.0));
    let ln_x = (e * LN2_HI + ln_c) + (r + (tail + e * LN2_LO));
    let y = DRAUGHT_EXPONENT * ln_x;
    // |y| < 3.7: |k| ≤ 342, so k·L64_HI is exact. k = round(64·y/ln 2) by the 1.5·2⁵²
    // shift: kf the rounded value, k its two's-complement low bits.
    let shifted = y * INV_L64 + ROUND_SHIFT;
    let kf = shifted - ROUND_SHIFT;
    let k = i64::from(shifted.to_bits() as u32 as i32);
    let rho = (y - kf * L64_HI) - kf * L64_LO;
    let rho2 = rho * rho;
    // exp(ρ) − 1 = ρ + ρ²·(1/2 + ρ/6) + ρ⁴·(1/24 + ρ/120 + ρ²/720).
    let q = rho
        + rho2 * (0.5 + rho * (1.0 / 6.0))
        + (rho2 * rho2) * (1.0 / 24.0 + rho * (1.0 / 120.0) + rho2 * (1.0 / 720.0));
    let Some(&t) = EXP2_64.get((k & 63) as usize) else {
        return x.powf(DRAUGHT_EXPONENT);
    };
    let scale = f64::from_bits(((k >> 6) + 1023).cast_unsigned() << 52);
    (t + t * q) * scale
}

/// Per tonne of `fuel` in `converter` under `basis`: (t CO2e, MJ), through the same
/// per-entry terms [`AccountingBasis::account`] uses.
fn per_tonne(
    basis: &AccountingBasis,
    fuel: &Fuel,
    converter: Converter,
    field: &str,
) -> Result<(f64, f64)> {
    let entry = LedgerEntry::new(
        fuel.clone(),
        converter,
        tonnes(1.0),
        field,
        ScopeShare::FULL,
    )?;
    let t = basis
        .entry_terms(&entry, 0)
        .map_err(|e| rename_entry_field(e, field))?;
    Ok(((t.wtt_g + t.ttw_g) * 1e-6, t.energy_mj))
}

fn rename_entry_field(e: Error, field: &str) -> Error {
    match e {
        Error::MissingCertifiedValue {
            pathway,
            basis,
            rule,
            ..
        } => Error::MissingCertifiedValue {
            field: field.to_string(),
            pathway,
            basis,
            rule,
        },
        Error::CertificateNotAllowed {
            pathway,
            basis,
            rule,
            ..
        } => Error::CertificateNotAllowed {
            field: field.to_string(),
            pathway,
            basis,
            rule,
        },
        Error::NoSlipDefault {
            pathway,
            converter,
            factor_set,
            ..
        } => Error::NoSlipDefault {
            field: field.to_string(),
            pathway,
            converter,
            factor_set,
        },
        other => other,
    }
}

fn consumer_coefficients(
    vessel: &Vessel,
    basis: &AccountingBasis,
    consumer: Consumer,
    fuel: &Fuel,
    field: &str,
) -> Result<ConsumerCoefficients> {
    let (supply, engine, baseline) = vessel.converter(consumer);
    let class = vessel.converter_class(consumer);
    let mode = supply.burn_mode(class, &fuel.pathway, &format!("{field}.fuel"))?;
    let (sfc, _) = baseline_sfc(
        consumer,
        engine,
        &fuel.pathway,
        vessel.spec().build_year,
        baseline,
        field,
    )?;
    let (share, pilot) = match mode {
        BurnMode::Single => (0.0, None),
        BurnMode::WithPilot { pilot, share } => (share, Some(pilot)),
    };
    // The single path: M_main = (1 − s)·SFC·E, M_pilot = s·SFC·E·LCV_main/LCV_pilot
    // (Annex II LCVs), per g of SFC·E: (1 − s) and s·ratio.
    let pilot_ratio = match &pilot {
        Some(p) => lcv_mj_per_g(&fuel.pathway)? / lcv_mj_per_g(&p.pathway)?,
        None => 0.0,
    };
    let main_g = 1.0 - share;
    let pilot_g = share * pilot_ratio;
    let mut co2e_t_per_g = [0.0; LOW_LOAD_CLASSES];
    let mut mj_per_g = 0.0;
    for (class_index, slot) in co2e_t_per_g.iter_mut().enumerate() {
        // Class 0: no low-load adjustment; class k ≥ 1: the bin of (k + 1) %. Low-load
        // overrides apply to main-engine entries only (as in `Vessel::operate`).
        let adjustment = match (consumer, class_index) {
            (Consumer::MainEngine, k) if k > 0 => {
                Some(LowLoadAdjustment::at_load_unchecked((k + 1) as f64 / 100.0))
            }
            _ => None,
        };
        let converter_for = |f: &Fuel| -> Result<Converter> {
            let c = Converter::new(class);
            match adjustment
                .as_ref()
                .and_then(|a| a.overrides_for(&f.pathway))
            {
                Some(o) => c.with_overrides(o),
                None => Ok(c),
            }
        };
        let (co2e_main, mj_main) = per_tonne(basis, fuel, converter_for(fuel)?, field)?;
        let (co2e_pilot, mj_pilot) = match &pilot {
            Some(p) => per_tonne(basis, p, converter_for(p)?, &format!("{field}.pilot"))?,
            None => (0.0, 0.0),
        };
        *slot = (main_g * co2e_main + pilot_g * co2e_pilot) * 1e-6;
        mj_per_g = (main_g * mj_main + pilot_g * mj_pilot) * 1e-6;
        if consumer != Consumer::MainEngine {
            let first = *slot;
            co2e_t_per_g = [first; LOW_LOAD_CLASSES];
            break;
        }
    }
    Ok(ConsumerCoefficients {
        sfc_g_per_kwh: sfc.g_per_kwh(),
        t_per_g: (main_g + pilot_g) * 1e-6,
        mj_per_g,
        co2e_t_per_g,
    })
}

impl PreparedVessel {
    pub(crate) fn new(vessel: &Vessel, basis: &AccountingBasis, index: usize) -> Result<Self> {
        let spec = vessel.spec();
        let field = |c: &str| format!("vessels[{index}].{c}");
        let me = consumer_coefficients(
            vessel,
            basis,
            Consumer::MainEngine,
            &spec.fuels.main,
            &field("main_engine"),
        )?;
        let aux = consumer_coefficients(
            vessel,
            basis,
            Consumer::AuxiliaryEngines,
            &spec.fuels.auxiliary,
            &field("auxiliary_engines"),
        )?;
        let boiler = consumer_coefficients(
            vessel,
            basis,
            Consumer::Boiler,
            &spec.fuels.boiler,
            &field("boiler"),
        )?;
        let mcr = spec.main_engine.mcr.kilowatts();
        let v_ref = spec.design_speed.knots();
        let margins = vessel.weather_efficiency() * FOULING_EFFICIENCY;
        let mut per_phase = [[0.0; 4]; 5];
        for (row, phase) in per_phase.iter_mut().zip(OperatingPhase::ALL) {
            // g of baseline-SFC fuel per hour: SFC (g/kWh) × P (kW).
            let a = aux.sfc_g_per_kwh * vessel.auxiliary_power(*phase).kilowatts().max(0.0);
            let b = boiler.sfc_g_per_kwh * vessel.boiler_power(*phase).kilowatts().max(0.0);
            let aux_co2e = aux.co2e_t_per_g.first().copied().unwrap_or(0.0);
            let boiler_co2e = boiler.co2e_t_per_g.first().copied().unwrap_or(0.0);
            *row = [
                a * aux.t_per_g,
                b * boiler.t_per_g,
                a * aux_co2e + b * boiler_co2e,
                a * aux.mj_per_g + b * boiler.mj_per_g,
            ];
        }
        let max_me_per_g = me
            .co2e_t_per_g
            .iter()
            .fold(me.t_per_g.abs().max(me.mj_per_g.abs()), |m, c| {
                m.max(c.abs())
            });
        let max_phase = per_phase
            .iter()
            .flatten()
            .fold(0.0f64, |m, x| m.max(x.abs()));
        let fast_speed_limit_kn = (1.0 + UNREACHABLE_SPEED_MARGIN) * v_ref;
        // 1.28 ≥ f(L) = 0.455 L² − 0.710 L + 1.280 on [0, 1].
        let per_hour = LOAD_CAP * mcr * me.sfc_g_per_kwh * 1.28 * max_me_per_g
            + max_phase
            + fast_speed_limit_kn;
        let fast_max_hours = if per_hour.is_finite() && per_hour > 0.0 {
            FAST_MAX_OUTPUT / per_hour
        } else {
            0.0
        };
        let curve = matches!(spec.propulsion, PropulsionModel::Curve(_));
        let fast_speed_bits_end =
            if curve || !(fast_speed_limit_kn > 0.0 && fast_speed_limit_kn.is_finite()) {
                0
            } else {
                fast_speed_limit_kn.to_bits() + 1
            };
        Ok(Self {
            fast_max_hours,
            fast_max_hours_bits: fast_max_hours.to_bits(),
            fast_speed_bits_end,
            curve,
            power_per_kn3: vessel.delta_w() * mcr / margins / (v_ref * v_ref * v_ref),
            design_draught_m: spec.design_draught.metres(),
            engine_share: 1.0 - spec.wind_assist_share.value(),
            cap_kw: LOAD_CAP * mcr,
            mcr_kw: mcr,
            fast_speed_limit_kn,
            load_dependent_sfc: spec.main_engine.engine_type.has_load_dependent_sfc(),
            me_sfc_g_per_kwh: me.sfc_g_per_kwh,
            me_t_per_g: me.t_per_g,
            me_mj_per_g: me.mj_per_g,
            me_co2e_t_per_g_by_rounded_percent: std::array::from_fn(|w| {
                me.co2e_t_per_g
                    .get(class_of_rounded_percent(w))
                    .copied()
                    .unwrap_or(0.0)
            }),
            me_co2e_t_per_g: me.co2e_t_per_g,
            per_phase,
        })
    }
}

#[inline]
fn check_value(column: SegmentColumn, v: f64, allow_zero: bool) -> Result<f64, RowErrorKind> {
    if !v.is_finite() {
        Err(RowErrorKind::NonFinite { column, value: v })
    } else if v < 0.0 {
        Err(RowErrorKind::Negative { column, value: v })
    } else if v == 0.0 && !allow_zero {
        Err(RowErrorKind::Zero { column })
    } else {
        Ok(v)
    }
}

/// Main-engine power and load exactly as [`Vessel::operate`] computes them.
fn exact_power(vessel: &Vessel, v: f64, t: f64) -> Result<(f64, f64), RowErrorKind> {
    match vessel.propulsion_power_at(knots(v), metres(t), "segments.") {
        Ok(p) => Ok((p.main_engine.kilowatts(), p.load.value())),
        Err(_) => {
            // The limit the single path states: 1.10 × max(v_ref, v_cap(T)).
            let v_ref = vessel.spec().design_speed.knots();
            let v_cap = vessel
                .propulsion_power_at(knots(0.0), metres(t), "segments.")
                .map_or(v_ref, |p| p.speed_at_cap.knots());
            Err(RowErrorKind::NotReachable {
                speed_kn: v,
                limit_kn: (1.0 + UNREACHABLE_SPEED_MARGIN) * v_ref.max(v_cap),
            })
        }
    }
}

impl PreparedVessel {
    /// (T/T_ref)^0.66 of this vessel for a draught of `t` m ([`draught_factor`]; a pure
    /// function of T, so a memoised value is the same bits).
    #[inline(always)]
    pub(crate) fn draught_factor_of(&self, t: f64) -> f64 {
        draught_factor(t / self.design_draught_m)
    }

    /// The fast path of one segment: the same operations in the same order as [`Self::row`]
    /// (so the same bits), for the rows that need no decision of the single path — `None`
    /// for every other row (a bad input, a speed above 1.10 × v_ref, a speed–power curve, a
    /// load within the guard band of a low-load bin edge, a non-finite result), which
    /// [`Self::row`] then decides. Validity is one combined test, the low-load class an
    /// integer table look-up, and the zero-work case a select, so a good row takes no
    /// data-dependent branch (its draught factor `draught_factor` comes from the chunk
    /// loop's block pass).
    #[inline(always)]
    pub(crate) fn fast_row(
        &self,
        draught_factor: f64,
        phase: u8,
        v: f64,
        t: f64,
        h: f64,
    ) -> Option<RowResult> {
        let p = usize::from(phase);
        let &[aux_t, boiler_t, other_co2e_t, other_mj] = self.per_phase.get(p)?;
        // One branch for all the checks, as unsigned comparisons of bit patterns (for
        // non-negative doubles IEEE order is integer order; −0, negatives, NaN and ∞ fall
        // outside every range): 0 ≤ v ≤ 1.1·v_ref and not a curve vessel; v > 0 under way
        // (codes 2–4); 0 < t < ∞; 0 < h ≤ fast_max_hours. h ≤ fast_max_hours and
        // v ≤ 1.1·v_ref bound every output by 1e300 (the engine power is capped; t only
        // enters through the capped power): no result check.
        let (vb, tb, hb) = (v.to_bits(), t.to_bits(), h.to_bits());
        let ok = (vb < self.fast_speed_bits_end)
            & ((vb != 0) | (p < 2))
            & (tb.wrapping_sub(1) < f64::INFINITY.to_bits() - 1)
            & (hb.wrapping_sub(1) < self.fast_max_hours_bits);
        if !ok {
            return None;
        }
        let demand = self.power_per_kn3 * draught_factor * (v * v * v);
        let engine = (demand * self.engine_share).min(self.cap_kw);
        let load = engine / self.mcr_kw;
        let pct = load * 100.0;
        // 0 ≤ pct ≤ 100: n = pct rounded to the nearest integer by the 1.5·2⁵² shift (the
        // sum's last bits hold n), d = pct − n ∈ [−½, ½]. Away from the bin edges (x.5 %,
        // |d| = ½: guarded) n = ⌊pct + ½⌋, the single path's rounding; w = min(n, 20).
        let shifted = pct + ROUND_SHIFT;
        let d = pct - (shifted - ROUND_SHIFT);
        let near_edge = (pct < 20.5) & (d.abs() > 0.5 - BIN_EDGE_GUARD_PERCENT);
        let rounded = ((shifted.to_bits() & 0xffff_ffff) as usize).min(ROUNDED_PERCENTS - 1);
        let co2e_per_g = self
            .me_co2e_t_per_g_by_rounded_percent
            .get(rounded)
            .copied()
            .unwrap_or(0.0);
        let me_work_kwh = engine * h;
        let sfoc = if self.load_dependent_sfc {
            relative_sfoc_unchecked(load)
        } else {
            1.0
        };
        let g = self.me_sfc_g_per_kwh * sfoc * me_work_kwh;
        let g = if me_work_kwh > 0.0 { g } else { 0.0 };
        let r = RowResult {
            main_t: g * self.me_t_per_g,
            aux_t: aux_t * h,
            boiler_t: boiler_t * h,
            co2e_t: g * co2e_per_g + other_co2e_t * h,
            energy_mj: g * self.me_mj_per_g + other_mj * h,
        };
        if near_edge { None } else { Some(r) }
    }

    /// One segment of this vessel (see the module documentation for the equations).
    #[inline]
    pub(crate) fn row(
        &self,
        vessel: &Vessel,
        phase: u8,
        v: f64,
        t: f64,
        h: f64,
    ) -> Result<RowResult, RowErrorKind> {
        let p = usize::from(phase);
        let Some(&[aux_t, boiler_t, other_co2e_t, other_mj]) = self.per_phase.get(p) else {
            return Err(RowErrorKind::UnknownPhase { code: phase });
        };
        // Under way (manoeuvring, slow transit, normal cruising: codes 2–4) needs v > 0.
        let v = check_value(SegmentColumn::SpeedKn, v, p < 2)?;
        let t = check_value(SegmentColumn::DraughtM, t, false)?;
        let h = check_value(SegmentColumn::DurationH, h, false)?;

        let (me_kw, load, class) = if self.curve || v > self.fast_speed_limit_kn {
            let (kw, load) = exact_power(vessel, v, t)?;
            (kw, load, low_load_class(load))
        } else {
            // Eq. 8: W = δ_w·MCR·(T/T_ref)^0.66·(v/v_ref)³/(η_w·η_f), engine share, cap.
            let demand = self.power_per_kn3 * self.draught_factor_of(t) * (v * v * v);
            let engine = (demand * self.engine_share).min(self.cap_kw);
            let load = engine / self.mcr_kw;
            let pct = load * 100.0;
            // 0 ≤ pct ≤ 100 here: truncation is the floor.
            if pct < 20.5 && (pct - (pct as u64) as f64 - 0.5).abs() < BIN_EDGE_GUARD_PERCENT {
                let (kw, load) = exact_power(vessel, v, t)?;
                (kw, load, low_load_class(load))
            } else {
                (engine, load, low_load_class_fast(pct))
            }
        };
        let me_work_kwh = me_kw * h;
        let (main_t, me_co2e_t, me_mj) = if me_work_kwh > 0.0 {
            let sfoc = if self.load_dependent_sfc {
                relative_sfoc_unchecked(load)
            } else {
                1.0
            };
            let g = self.me_sfc_g_per_kwh * sfoc * me_work_kwh;
            let co2e = match self.me_co2e_t_per_g.get(class) {
                Some(c) => *c,
                None => self.me_co2e_t_per_g.first().copied().unwrap_or(0.0),
            };
            (g * self.me_t_per_g, g * co2e, g * self.me_mj_per_g)
        } else {
            (0.0, 0.0, 0.0)
        };
        let r = RowResult {
            main_t,
            aux_t: aux_t * h,
            boiler_t: boiler_t * h,
            co2e_t: me_co2e_t + other_co2e_t * h,
            energy_mj: me_mj + other_mj * h,
        };
        if (r.main_t + r.aux_t + r.boiler_t + r.co2e_t.abs() + r.energy_mj + v * h).is_finite() {
            Ok(r)
        } else {
            Err(RowErrorKind::NonFiniteResult)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draught_factor_is_within_1e_15_of_powf() {
        let mut worst = 0.0f64;
        let mut worst_wide = 0.0f64;
        for i in 0..=200_000 {
            // 0.1 … 3 (every draught ratio), then 0.05 … 20.
            let x = 0.1 + 2.9 * f64::from(i) / 200_000.0;
            let rel = (draught_factor(x) - x.powf(0.66)).abs() / x.powf(0.66);
            worst = worst.max(rel);
            let w = 0.05 * 400f64.powf(f64::from(i) / 200_000.0);
            let rel = (draught_factor(w) - w.powf(0.66)).abs() / w.powf(0.66);
            worst_wide = worst_wide.max(rel);
        }
        eprintln!("draught_factor: worst {worst:e} on 0.1..3, {worst_wide:e} on 0.05..20");
        assert!(worst <= 1e-15, "{worst:e}");
        assert!(worst_wide <= 1e-15, "{worst_wide:e}");
        // Far ends of the normal range, and the fallbacks.
        for x in [f64::MIN_POSITIVE, 1e-300, 1e-30, 1e30, 1e300, f64::MAX] {
            let rel = (draught_factor(x) - x.powf(0.66)).abs() / x.powf(0.66);
            assert!(rel <= 1e-13, "{x:e}: {rel:e}");
        }
        assert_eq!(draught_factor(1.0), 1.0);
        assert_eq!(draught_factor(0.0), 0.0);
        assert!(draught_factor(f64::NAN).is_nan());
        assert_eq!(draught_factor(f64::INFINITY), f64::INFINITY);
        assert_eq!(draught_factor(5e-324), 5e-324f64.powf(0.66));
    }

    /// The fast path gives the same bits as the full per-row check wherever it answers, and
    /// answers for every ordinary row: random rows (speeds to 1.2 × design, low loads, every
    /// phase, draughts 0.3–1.3 × design) and hostile ones (±0, NaN, ∞, negatives, huge
    /// durations), on a slow-speed diesel, an LNG dual-fuel engine with pilot and a
    /// wind-assisted ship.
    #[test]
    fn fast_row_is_the_same_bits_as_the_full_row() {
        use crate::fuel::FuelFamily;
        use crate::prelude::*;
        let basis = AccountingBasis::fueleu(2025).unwrap();
        let build = |k: u32| {
            let b = Vessel::builder(&format!("ship {k}"), ShipType::Bulk)
                .deadweight(tonnes(60_000.0))
                .build_year(2010)
                .design_speed(knots(14.0))
                .design_draught(metres(12.0));
            let b = match k {
                0 => b.main_engine(
                    kilowatts(9_000.0),
                    EngineType::SlowSpeedDiesel,
                    FuelSupply::mono(FuelFamily::Oil),
                ),
                1 => b
                    .main_engine(
                        kilowatts(9_000.0),
                        EngineType::LngDiesel,
                        FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01).unwrap(),
                    )
                    .fuels(FuelSelection::main_and_others(
                        PathwayId::Lng,
                        PathwayId::MdoMgo,
                    )),
                _ => b
                    .main_engine(
                        kilowatts(9_000.0),
                        EngineType::MediumSpeedDiesel,
                        FuelSupply::mono(FuelFamily::Oil),
                    )
                    .wind_assist_share(0.1),
            };
            b.build().unwrap()
        };
        let mut rng = crate::numeric::rng::Rng::seeded(7);
        let hostile = [0.0, -0.0, -1.0, f64::NAN, f64::INFINITY, 1e-320, 1e300];
        for k in 0..3 {
            let ship = build(k);
            let p = PreparedVessel::new(&ship, &basis, 0).unwrap();
            let (mut fast, mut total) = (0usize, 0usize);
            for i in 0..20_000 {
                let phase = (rng.next_u64() % 6) as u8;
                let mut v = 14.0 * 1.2 * rng.unit();
                let mut t = 12.0 * (0.3 + rng.unit());
                let mut h = 0.1 + 30.0 * rng.unit();
                if i % 50 == 0 {
                    let pick = |r: &mut crate::numeric::rng::Rng| {
                        hostile[(r.next_u64() % hostile.len() as u64) as usize]
                    };
                    match i % 3 {
                        0 => v = pick(&mut rng),
                        1 => t = pick(&mut rng),
                        _ => h = pick(&mut rng),
                    }
                }
                let full = p.row(&ship, phase, v, t, h);
                // A row the fast path must take: a known phase, +0 ≤ v ≤ 1.1 × v_ref (v > 0
                // under way), finite positive draught and duration.
                let ordinary = phase < 5
                    && v.is_sign_positive()
                    && (0.0..=1.1 * 14.0).contains(&v)
                    && (v > 0.0 || phase < 2)
                    && t.is_finite()
                    && t > 0.0
                    && h.is_finite()
                    && h > 0.0
                    && h < 1e6;
                total += usize::from(ordinary);
                if let Some(r) = p.fast_row(p.draught_factor_of(t), phase, v, t, h) {
                    fast += 1;
                    assert!(ordinary, "ship {k}: v {v} t {t} h {h}");
                    let full = full.unwrap_or_else(|e| panic!("{v} {t} {h}: {e:?}"));
                    for (a, b) in [
                        (r.main_t, full.main_t),
                        (r.aux_t, full.aux_t),
                        (r.boiler_t, full.boiler_t),
                        (r.co2e_t, full.co2e_t),
                        (r.energy_mj, full.energy_mj),
                    ] {
                        assert_eq!(a.to_bits(), b.to_bits(), "ship {k}: v {v} t {t} h {h}");
                    }
                }
            }
            // Every ordinary row is fast but those within 1e-7 % of a low-load bin edge
            // (none is expected among 20,000 random rows; one in a thousand is allowed).
            assert!(fast * 1000 >= total * 999, "ship {k}: {fast} of {total}");
        }
    }

    #[test]
    fn low_load_classes_match_the_single_path_binning() {
        for i in 0..=2_000 {
            let load = f64::from(i) / 2_000.0;
            let a = LowLoadAdjustment::at_load_unchecked(load);
            let k = low_load_class(load);
            if a.load_bin_percent < 20 {
                assert_eq!(k, usize::from(a.load_bin_percent) - 1, "load {load}");
                // The class's own adjustment is the single path's.
                let again = LowLoadAdjustment::at_load_unchecked((k + 1) as f64 / 100.0);
                assert_eq!(again, a, "load {load}");
            } else {
                assert_eq!(k, 0, "load {load}");
            }
            let pct = load * 100.0;
            if (pct - pct.floor() - 0.5).abs() > 1e-9 {
                assert_eq!(low_load_class_fast(pct), k, "load {load}");
            }
        }
    }
}
