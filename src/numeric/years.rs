//! The calendar years the crate accepts, checked once at every public entry.
//!
//! Every regime and table the crate implements lies between 2008 (the IMO reference year) and
//! 2100 (the longest published pathways); scenario plans reach at most 200 years past their
//! start. The documented range [`YEAR_MIN`]–[`YEAR_MAX`] (1900–2200) holds all of these with
//! room for historical data and user-supplied long projections, and keeps every difference of
//! two years (at most 300) and every count of years tiny, so that year arithmetic can neither
//! overflow nor ask for unbounded work. A year outside it is a typed
//! [`Error::YearOutOfRange`], never a wrapped or panicking subtraction.
//!
//! ```
//! use green_corridor::numeric::years::{check_year, year_span, YEAR_MAX, YEAR_MIN};
//! assert_eq!(check_year("year", 2030)?, 2030);
//! assert!(check_year("year", i32::MIN).is_err());
//! assert_eq!(year_span(YEAR_MIN, YEAR_MAX), 300);
//! assert_eq!(year_span(i32::MIN, i32::MAX), 4_294_967_295); // wide arithmetic, no overflow
//! # Ok::<(), green_corridor::Error>(())
//! ```

#![deny(clippy::arithmetic_side_effects)]

use crate::error::{Error, Result};

/// Earliest calendar year accepted at a public entry (historical data before the IMO 2008
/// reference year still fits).
pub const YEAR_MIN: i32 = 1900;

/// Latest calendar year accepted at a public entry (2050 net-zero pathways plus the 200-year
/// limit of a trajectory plan's span, with room to spare).
pub const YEAR_MAX: i32 = 2200;

/// The range in words, as error messages show it.
pub const YEAR_RANGE: &str = "a calendar year from 1900 to 2200";

/// Checks that `year` lies in [`YEAR_MIN`]–[`YEAR_MAX`]; returns it unchanged.
/// The error names `field` and the year received.
pub fn check_year(field: &str, year: i32) -> Result<i32> {
    if (YEAR_MIN..=YEAR_MAX).contains(&year) {
        Ok(year)
    } else {
        Err(Error::YearOutOfRange {
            field: field.to_string(),
            year,
            regime: "green_corridor".into(),
            expected: YEAR_RANGE.into(),
        })
    }
}

/// `to − from` in wide (i64) arithmetic: exact for every pair of `i32` years.
pub fn year_span(from: i32, to: i32) -> i64 {
    // |i32| < 2^31, so the difference of two fits i64 with room to spare.
    i64::from(to).wrapping_sub(i64::from(from))
}

/// The fraction `(year − from) / (to − from)` of the way from `from` to `to`, in wide
/// arithmetic; `None` when `from == to`.
pub fn year_fraction(year: i32, from: i32, to: i32) -> Option<f64> {
    let whole = year_span(from, to);
    if whole == 0 {
        return None;
    }
    // Both spans are below 2^33 in magnitude, so the conversions to f64 are exact.
    #[allow(clippy::cast_precision_loss)]
    Some(year_span(from, year) as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_checked_at_both_ends() {
        assert_eq!(check_year("y", YEAR_MIN).unwrap(), 1900);
        assert_eq!(check_year("y", YEAR_MAX).unwrap(), 2200);
        let e = check_year("plan.year", 1899).unwrap_err();
        assert_eq!(
            e.to_string(),
            "plan.year = 1899 is outside the years green_corridor defines (a calendar year from 1900 to 2200)"
        );
        assert!(check_year("y", 2201).is_err());
        assert!(check_year("y", i32::MAX).is_err());
    }

    #[test]
    fn spans_and_fractions_never_overflow() {
        assert_eq!(year_span(i32::MAX, i32::MIN), -4_294_967_295);
        assert_eq!(year_fraction(2025, 2020, 2030), Some(0.5));
        assert_eq!(year_fraction(2025, 2025, 2025), None);
        let t = year_fraction(0, i32::MIN, i32::MAX).unwrap();
        assert!((t - 0.5).abs() < 1e-9);
    }
}
