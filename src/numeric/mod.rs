//! Numerical helpers: a seeded random-number generator ([`rng`]), the accepted calendar years
//! ([`years`]), compensated summation so that year-long ledgers of millions of entries add up
//! to within a few ulps of the exact value, whatever their order, and checks that keep every
//! number inside a public `Ok` finite ([`finite`], [`finite_result`], [`checked_sum`],
//! [`checked_ratio`]).

pub mod rng;
pub mod years;

use crate::error::{Error, Result};

/// Checks that `value` is finite; returns it unchanged, or [`Error::NonFinite`] naming
/// `field` (the input the value came from).
///
/// Use it on inputs. For a value *computed* from finite inputs (a product, a ratio, a sum) use
/// [`finite_result`], whose error says which input made the result overflow instead of
/// showing a finite input as if it were non-finite.
///
/// ```
/// use green_corridor::numeric::finite;
/// assert_eq!(finite(2.5, "speed_kn")?, 2.5);
/// assert_eq!(
///     finite(f64::NAN, "speed_kn").unwrap_err().to_string(),
///     "speed_kn must be a finite number, got NaN"
/// );
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn finite(value: f64, field: &str) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::NonFinite {
            field: field.to_string(),
            value,
        })
    }
}

/// Checks that `result`, computed from the finite input `field = input`, is finite; otherwise
/// an [`Error::OutOfRange`] that names that input and its value and says that `quantity`
/// would overflow with it.
///
/// ```
/// use green_corridor::numeric::finite_result;
/// let e = finite_result(1e300 * 1e10, "quantity_t", 1e300, "the CO2 mass").unwrap_err();
/// assert_eq!(
///     e.to_string(),
///     "quantity_t = 1e300 is out of range: expected a value small enough that the CO2 mass stays finite (|x| < 1.8e308)"
/// );
/// ```
pub fn finite_result(result: f64, field: &str, input: f64, quantity: &str) -> Result<f64> {
    if result.is_finite() {
        Ok(result)
    } else {
        Err(overflow(field, input, quantity))
    }
}

/// The error for an input `field = input` that makes `quantity` overflow (see
/// [`finite_result`]).
pub fn overflow(field: &str, input: f64, quantity: &str) -> Error {
    Error::OutOfRange {
        field: field.to_string(),
        value: input,
        expected: format!("a value small enough that {quantity} stays finite (|x| < 1.8e308)"),
    }
}

/// A compensated sum of `(field, value)` terms that fails, naming the term that made it
/// overflow, instead of returning an infinity or a NaN. A NaN or infinite term is
/// [`Error::NonFinite`] naming it.
///
/// ```
/// use green_corridor::numeric::checked_sum;
/// assert_eq!(checked_sum([("a", 1.0), ("b", 2.0)], "the total")?, 3.0);
/// let e = checked_sum([("a", 1e308), ("b", 1e308)], "the total").unwrap_err();
/// assert_eq!(e.field(), Some("b"));
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn checked_sum<I, S>(terms: I, quantity: &str) -> Result<f64>
where
    I: IntoIterator<Item = (S, f64)>,
    S: AsRef<str>,
{
    let mut sum = NeumaierSum::default();
    for (field, value) in terms {
        finite(value, field.as_ref())?;
        sum.add(value);
        if !sum.is_finite() {
            return Err(overflow(field.as_ref(), value, quantity));
        }
    }
    Ok(sum.total())
}

/// `numerator / denominator`, checked: the denominator must be finite and greater than zero
/// ([`Error::Undefined`] otherwise) and the quotient finite. A tiny denominator that makes the
/// quotient overflow is an [`Error::OutOfRange`] naming `denominator_field` and its value.
///
/// ```
/// use green_corridor::numeric::checked_ratio;
/// assert_eq!(checked_ratio(3.0, 1.5, "distance_nm", "fuel per nm")?, 2.0);
/// assert!(checked_ratio(1.0, 5e-324, "distance_nm", "fuel per nm").is_err());
/// assert!(checked_ratio(1.0, 0.0, "distance_nm", "fuel per nm").is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn checked_ratio(
    numerator: f64,
    denominator: f64,
    denominator_field: &str,
    quantity: &str,
) -> Result<f64> {
    finite(denominator, denominator_field)?;
    if denominator <= 0.0 {
        return Err(Error::Undefined {
            quantity: quantity.to_string(),
            reason: format!(
                "{denominator_field} is {}; it must be greater than zero",
                crate::error::Num(denominator)
            ),
        });
    }
    let q = numerator / denominator;
    if q.is_finite() {
        Ok(q)
    } else {
        Err(Error::OutOfRange {
            field: denominator_field.to_string(),
            value: denominator,
            expected: format!("a value large enough that {quantity} stays finite (|x| < 1.8e308)"),
        })
    }
}

/// Makes a type's serde impls validate on deserialisation without a copy of its fields.
///
/// The type derives `Serialize, Deserialize` with `#[serde(remote = "Self")]`, which makes the
/// derives inherent functions; this macro adds the trait impls: serialisation as derived, and
/// deserialisation as derived followed by `$check` (an expression of type `Result<()>` using
/// `$v: &$ty`), whose error becomes the deserialiser's.
macro_rules! validated_serde {
    ($ty:ty, |$v:ident| $check:expr) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(
                &self,
                serializer: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                <$ty>::serialize(self, serializer)
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> std::result::Result<Self, D::Error> {
                let value = <$ty>::deserialize(deserializer)?;
                {
                    let $v: &$ty = &value;
                    let checked: $crate::error::Result<()> = $check;
                    checked.map_err(<D::Error as serde::de::Error>::custom)?;
                }
                Ok(value)
            }
        }
    };
}
pub(crate) use validated_serde;

/// Neumaier's improved Kahan–Babuška summation.
///
/// The running compensation captures the low-order bits lost at each addition, so the error of
/// the total is bounded by about one ulp of the result plus n·ε² · Σ|x| — independent of n to
/// first order (Neumaier, A., 1974, *ZAMM* 54(1), 39–51).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct NeumaierSum {
    sum: f64,
    compensation: f64,
}

impl NeumaierSum {
    /// Adds one term.
    #[inline]
    pub fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    /// Adds another partial sum.
    #[inline]
    pub fn merge(&mut self, other: &NeumaierSum) {
        self.add(other.sum);
        self.add(other.compensation);
    }

    /// The compensated total.
    #[inline]
    pub fn total(&self) -> f64 {
        self.sum + self.compensation
    }

    /// Whether the running sum, its compensation and the total are all finite (an overflow
    /// makes the sum infinite and the compensation NaN).
    #[inline]
    pub fn is_finite(&self) -> bool {
        self.sum.is_finite() && self.compensation.is_finite() && self.total().is_finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_what_naive_summation_loses() {
        // 1 + 1e100 + 1 - 1e100 = 2 exactly; naive summation gives 0.
        let mut s = NeumaierSum::default();
        for x in [1.0, 1e100, 1.0, -1e100] {
            s.add(x);
        }
        assert_eq!(s.total(), 2.0);
        // Ten million additions of 0.1: the compensated sum is within 1e-9 relative of 1e6.
        let mut s = NeumaierSum::default();
        let mut naive = 0.0;
        for _ in 0..10_000_000 {
            s.add(0.1);
            naive += 0.1;
        }
        assert!((s.total() - 1.0e6).abs() / 1.0e6 < 1e-12);
        assert!(
            (naive - 1.0e6_f64).abs() / 1.0e6 > 1e-11,
            "naive sum drifts"
        );
    }
}
