//! A calendar date (proleptic Gregorian), used for the dates rules take effect.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A calendar date. Ordered chronologically; serialised as `"YYYY-MM-DD"`.
///
/// ```
/// use green_corridor::route::Date;
/// let med_eca = Date::new(2025, 5, 1)?; // MEPC.361(79)
/// assert!(Date::new(2024, 12, 31)? < med_eca);
/// assert_eq!("2025-05-01".parse::<Date>()?, med_eca);
/// assert!(Date::new(2025, 2, 29).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A validated date (month 1–12, day within the month; leap years by the Gregorian rule).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self> {
        if !(1..=12).contains(&month) {
            return Err(Error::OutOfRange {
                field: "date.month".into(),
                value: f64::from(month),
                expected: "a month from 1 to 12".into(),
            });
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(Error::OutOfRange {
                field: "date.day".into(),
                value: f64::from(day),
                expected: format!("a day from 1 to {last} for {year}-{month:02}"),
            });
        }
        Ok(Self { year, month, day })
    }

    /// For the crate's own tables (checked by unit tests).
    pub(crate) const fn from_table(year: i32, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            if leap { 29 } else { 28 }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::UnknownName {
            kind: "date (expected YYYY-MM-DD)",
            name: s.to_string(),
            valid: "a date written YYYY-MM-DD, e.g. 2025-05-01".into(),
        };
        let mut parts = s.trim().splitn(3, '-');
        let year = parts
            .next()
            .and_then(|p| p.parse::<i32>().ok())
            .ok_or_else(bad)?;
        let month = parts
            .next()
            .and_then(|p| p.parse::<u8>().ok())
            .ok_or_else(bad)?;
        let day = parts
            .next()
            .and_then(|p| p.parse::<u8>().ok())
            .ok_or_else(bad)?;
        Date::new(year, month, day)
    }
}

impl TryFrom<String> for Date {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_and_orders() {
        assert!(Date::new(2024, 2, 29).is_ok());
        assert!(Date::new(2100, 2, 29).is_err());
        assert!(Date::new(2000, 2, 29).is_ok());
        assert!(Date::new(2025, 13, 1).is_err());
        assert!(Date::new(2025, 4, 31).is_err());
        assert!(Date::new(2025, 4, 30).unwrap() < Date::new(2025, 5, 1).unwrap());
        assert!("2025-5".parse::<Date>().is_err());
        assert!("x".parse::<Date>().is_err());
    }

    #[test]
    fn serde_round_trip() {
        let d = Date::new(2025, 5, 1).unwrap();
        let s = serde_json::to_string(&d).unwrap();
        assert_eq!(s, "\"2025-05-01\"");
        assert_eq!(serde_json::from_str::<Date>(&s).unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"2025-02-30\"").is_err());
    }
}
