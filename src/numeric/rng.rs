//! A small, seeded, portable random-number generator and the distributions the Monte-Carlo
//! engine needs.
//!
//! The generator is xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number
//! generators", ACM TOMS 47(4), 2021) seeded through SplitMix64 (Steele, Lea & Flood, OOPSLA
//! 2014). It is written here rather than taken from a crate so that a seed gives the same
//! numbers forever, whatever dependency versions a user resolves: reproducibility of published
//! uncertainty bands is part of the crate's contract.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// SplitMix64 step, used to expand a 64-bit seed into the generator's state.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xoshiro256** pseudo-random generator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    /// A generator from a seed (any value, including 0).
    pub fn seeded(seed: u64) -> Self {
        let mut sm = seed;
        let s = [
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
        ];
        Self { s }
    }

    /// An independent stream for sample `index` of a run seeded with `seed`, so that sample i
    /// gets the same numbers whether samples run in order, in parallel, or alone.
    pub fn stream(seed: u64, index: u64) -> Self {
        let mut sm = seed ^ index.wrapping_mul(0xD134_2543_DE82_EF95);
        Rng::seeded(splitmix64(&mut sm))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = self.s;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s1 << 17;
        let n2 = s2 ^ s0;
        let n3 = s3 ^ s1;
        let n1 = s1 ^ n2;
        let n0 = s0 ^ n3;
        self.s = [n0, n1, n2 ^ t, n3.rotate_left(45)];
        result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A standard normal number (Box–Muller transform).
    pub fn standard_normal(&mut self) -> f64 {
        // u1 in (0, 1] so that ln(u1) is finite.
        let u1 = 1.0 - self.unit();
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// An uncertain input: a fixed value or a distribution to sample.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Uncertain {
    /// No uncertainty.
    Fixed(f64),
    /// Uniform on [low, high].
    Uniform {
        /// Lower bound.
        low: f64,
        /// Upper bound.
        high: f64,
    },
    /// Triangular on [low, high] with the given mode.
    Triangular {
        /// Lower bound.
        low: f64,
        /// Most likely value.
        mode: f64,
        /// Upper bound.
        high: f64,
    },
    /// Normal with mean and standard deviation, truncated to [mean − 4 sd, mean + 4 sd].
    Normal {
        /// Mean.
        mean: f64,
        /// Standard deviation.
        sd: f64,
    },
}

/// Largest magnitude of a parameter of an [`Uncertain`] input. The inputs are multipliers
/// (about 1) and shifts of gCO2e/MJ or growth rates (tens at most); a million leaves room and
/// keeps every sample, width (high − low) and mean ± 4 sd finite.
pub const MAX_UNCERTAIN_PARAMETER: f64 = 1.0e6;

impl Uncertain {
    /// Checks the parameters are finite, within ±[`MAX_UNCERTAIN_PARAMETER`] and ordered.
    pub fn validate(&self, field: &str) -> Result<()> {
        let f = |name: &str, v: f64| {
            crate::error::in_range(
                || format!("{field}.{name}"),
                v,
                -MAX_UNCERTAIN_PARAMETER,
                MAX_UNCERTAIN_PARAMETER,
            )
        };
        match *self {
            Uncertain::Fixed(v) => f("value", v).map(|_| ()),
            Uncertain::Uniform { low, high } => {
                f("low", low)?;
                f("high", high)?;
                order(field, &[("low", low), ("high", high)])
            }
            Uncertain::Triangular { low, mode, high } => {
                f("low", low)?;
                f("mode", mode)?;
                f("high", high)?;
                order(field, &[("low", low), ("mode", mode), ("high", high)])
            }
            Uncertain::Normal { mean, sd } => {
                f("mean", mean)?;
                crate::error::non_negative(|| format!("{field}.sd"), sd)?;
                f("sd", sd).map(|_| ())
            }
        }
    }

    /// The central value: the fixed value, the mode of a triangle, the midpoint of a uniform,
    /// the mean of a normal.
    pub fn central(&self) -> f64 {
        match *self {
            Uncertain::Fixed(v) => v,
            Uncertain::Uniform { low, high } => 0.5 * (low + high),
            Uncertain::Triangular { mode, .. } => mode,
            Uncertain::Normal { mean, .. } => mean,
        }
    }

    /// One sample. A distribution of zero width returns its central value exactly.
    pub fn sample(&self, rng: &mut Rng) -> f64 {
        match *self {
            Uncertain::Fixed(v) => v,
            Uncertain::Uniform { low, high } => {
                let u = rng.unit();
                if high == low {
                    low
                } else {
                    low + u * (high - low)
                }
            }
            Uncertain::Triangular { low, mode, high } => {
                let u = rng.unit();
                if high == low {
                    return mode;
                }
                let c = (mode - low) / (high - low);
                if u < c {
                    low + (u * (high - low) * (mode - low)).sqrt()
                } else {
                    high - ((1.0 - u) * (high - low) * (high - mode)).sqrt()
                }
            }
            Uncertain::Normal { mean, sd } => {
                let z = rng.standard_normal().clamp(-4.0, 4.0);
                if sd == 0.0 { mean } else { mean + sd * z }
            }
        }
    }
}

fn order(field: &str, values: &[(&str, f64)]) -> Result<()> {
    for w in values.windows(2) {
        if let [(na, a), (nb, b)] = w {
            if a > b {
                return Err(Error::OutOfRange {
                    field: format!("{field}.{nb}"),
                    value: *b,
                    expected: format!("a value not below {field}.{na} = {a}"),
                });
            }
        }
    }
    Ok(())
}

/// The p-th percentile (0–100) of `values` by linear interpolation between order statistics
/// (Hyndman & Fan 1996, definition 7 — the default of R and NumPy). Sorts `values` in place.
pub fn percentile(values: &mut [f64], p: f64) -> Result<f64> {
    crate::error::in_range(|| "percentile".into(), p, 0.0, 100.0)?;
    if let Some(bad) = values.iter().find(|v| !v.is_finite()) {
        return Err(Error::NonFinite {
            field: "samples".into(),
            value: *bad,
        });
    }
    values.sort_by(f64::total_cmp);
    let h = values.len().saturating_sub(1) as f64 * p / 100.0;
    let lo = h.floor() as usize;
    let hi = h.ceil() as usize;
    match (values.get(lo), values.get(hi)) {
        (Some(a), Some(b)) => Ok(a + (h - lo as f64) * (b - a)),
        _ => Err(Error::Empty {
            field: "samples".into(),
            expected: "at least one sample".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_numbers_and_streams_differ() {
        let mut a = Rng::seeded(7);
        let mut b = Rng::seeded(7);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::stream(7, 0).next_u64(), Rng::stream(7, 1).next_u64());
        // SplitMix64 reference output for seed 0: 0xE220A8397B1DCDAF (Vigna's splitmix64.c).
        let mut s = 0u64;
        assert_eq!(splitmix64(&mut s), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn xoshiro_matches_the_reference_recurrence() {
        // State [1, 2, 3, 4]: first output = rotl(2·5, 7)·9 = 1280·9 = 11520, and the next
        // state by the reference algorithm: s2 ^= s0 → 2; s3 ^= s1 → 6; s1 ^= s2 → 0;
        // s0 ^= s3 → 7; s2 ^= 2 << 17 → 262146; s3 = rotl(6, 45).
        let mut r = Rng { s: [1, 2, 3, 4] };
        assert_eq!(r.next_u64(), 11_520);
        assert_eq!(r.s, [7, 0, 262_146, 6u64.rotate_left(45)]);
    }

    #[test]
    fn moments_of_the_distributions() {
        let mut rng = Rng::seeded(2026);
        let n = 200_000;
        let mean =
            |d: Uncertain, rng: &mut Rng| (0..n).map(|_| d.sample(rng)).sum::<f64>() / n as f64;
        // Uniform(2, 4): mean 3. Triangular(0, 1, 5): mean (0+1+5)/3 = 2. Normal(10, 2): 10.
        assert!(
            (mean(
                Uncertain::Uniform {
                    low: 2.0,
                    high: 4.0
                },
                &mut rng
            ) - 3.0)
                .abs()
                < 0.01
        );
        let tri = Uncertain::Triangular {
            low: 0.0,
            mode: 1.0,
            high: 5.0,
        };
        assert!((mean(tri, &mut rng) - 2.0).abs() < 0.01);
        let normal = Uncertain::Normal {
            mean: 10.0,
            sd: 2.0,
        };
        assert!((mean(normal, &mut rng) - 10.0).abs() < 0.02);
        // Zero width returns the central value exactly.
        assert_eq!(
            Uncertain::Normal { mean: 3.5, sd: 0.0 }.sample(&mut rng),
            3.5
        );
        let point = Uncertain::Triangular {
            low: 1.0,
            mode: 1.0,
            high: 1.0,
        };
        assert_eq!(point.sample(&mut rng), 1.0);
    }

    #[test]
    fn percentiles_by_definition_7() {
        // 1..=5: P50 = 3; P5 = 1 + 0.05·4·(2 − 1) = 1.2; P95 = 4.8.
        let mut v = vec![5.0, 1.0, 4.0, 2.0, 3.0];
        assert_eq!(percentile(&mut v, 50.0).unwrap(), 3.0);
        assert!((percentile(&mut v, 5.0).unwrap() - 1.2).abs() < 1e-12);
        assert!((percentile(&mut v, 95.0).unwrap() - 4.8).abs() < 1e-12);
        assert!(percentile(&mut [], 50.0).is_err());
        assert!(percentile(&mut [1.0, f64::NAN], 50.0).is_err());
    }

    #[test]
    fn bad_distributions_are_refused() {
        assert!(
            Uncertain::Uniform {
                low: 2.0,
                high: 1.0
            }
            .validate("x")
            .is_err()
        );
        let tri = Uncertain::Triangular {
            low: 0.0,
            mode: 3.0,
            high: 2.0,
        };
        assert!(tri.validate("x").is_err());
        assert!(
            Uncertain::Normal {
                mean: 0.0,
                sd: -1.0
            }
            .validate("x")
            .is_err()
        );
        assert!(Uncertain::Fixed(f64::NAN).validate("x").is_err());
    }
}
