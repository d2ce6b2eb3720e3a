//! Money as a type: an amount in a currency known at compile time.
//!
//! [`Money<Eur>`] and [`Money<Usd>`] are distinct types, so a FuelEU penalty (euro, Reg. (EU)
//! 2023/1805 Annex IV) cannot be added to an IMO NZF remedial-unit cost (US dollars, the draft
//! Net-Zero Framework) without an explicit exchange rate: [`Money::convert`] with a rate in
//! units of the target currency per unit of the source (e.g. USD per EUR).
//!
//! Amounts are nominal, in the currency of the prices they were computed from; the crate does
//! no inflation adjustment. In serde an amount is a plain number, and the field that holds it
//! names the currency (`penalty_eur`, `cost_usd`), as every other quantity names its unit.
//! Deserialisation refuses NaN and infinities.

use std::fmt;
use std::iter::Sum;
use std::marker::PhantomData;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A currency: its ISO 4217 code.
pub trait Currency: 'static {
    /// ISO 4217 code, e.g. `"EUR"`.
    const CODE: &'static str;
}

/// The euro (ISO 4217 EUR): FuelEU penalties, EU allowances.
#[derive(Debug)]
pub enum Eur {}

/// The US dollar (ISO 4217 USD): IMO NZF remedial units, fuel prices in the trajectory.
#[derive(Debug)]
pub enum Usd {}

impl Currency for Eur {
    const CODE: &'static str = "EUR";
}

impl Currency for Usd {
    const CODE: &'static str = "USD";
}

/// An amount of money in currency `C`.
pub struct Money<C: Currency> {
    amount: f64,
    currency: PhantomData<C>,
}

impl<C: Currency> Money<C> {
    /// Zero.
    pub const ZERO: Self = Self::new(0.0);

    /// `amount` units of `C` (a non-finite amount is the caller's to refuse; the crate's
    /// constructors check their inputs).
    pub const fn new(amount: f64) -> Self {
        Self {
            amount,
            currency: PhantomData,
        }
    }

    /// The amount, in units of `C`.
    pub const fn amount(self) -> f64 {
        self.amount
    }

    /// The ISO 4217 code of `C`.
    pub fn code(self) -> &'static str {
        C::CODE
    }

    /// The same value in currency `D`, at `rate` units of `D` per unit of `C`
    /// (amount_D = amount_C × rate).
    pub fn convert<D: Currency>(self, rate: f64) -> Money<D> {
        Money::new(self.amount * rate)
    }

    /// The larger of two amounts.
    pub fn max(self, other: Self) -> Self {
        Self::new(self.amount.max(other.amount))
    }
}

/// An amount in euro.
pub fn eur(amount: f64) -> Money<Eur> {
    Money::new(amount)
}

/// An amount in US dollars.
pub fn usd(amount: f64) -> Money<Usd> {
    Money::new(amount)
}

impl<C: Currency> Clone for Money<C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C: Currency> Copy for Money<C> {}

impl<C: Currency> Default for Money<C> {
    fn default() -> Self {
        Self::ZERO
    }
}

impl<C: Currency> PartialEq for Money<C> {
    fn eq(&self, other: &Self) -> bool {
        self.amount == other.amount
    }
}

impl<C: Currency> PartialOrd for Money<C> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.amount.partial_cmp(&other.amount)
    }
}

impl<C: Currency> fmt::Debug for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, C::CODE)
    }
}

/// `1234567.891 EUR` prints `1,234,568 EUR` (whole units, thousands separated); with a
/// precision, `{:.2}` prints `1,234,567.89 EUR`.
impl<C: Currency> fmt::Display for Money<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimals = f.precision().unwrap_or(0);
        let text = format!("{:.*}", decimals, self.amount.abs());
        let (whole, frac) = match text.split_once('.') {
            Some((w, r)) => (w, Some(r)),
            None => (text.as_str(), None),
        };
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        let sign = if self.amount < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            "-"
        } else {
            ""
        };
        match frac {
            Some(r) => write!(f, "{sign}{grouped}.{r} {}", C::CODE),
            None => write!(f, "{sign}{grouped} {}", C::CODE),
        }
    }
}

impl<C: Currency> Add for Money<C> {
    type Output = Self;
    fn add(self, rhs: Self) -> Self {
        Self::new(self.amount + rhs.amount)
    }
}

impl<C: Currency> AddAssign for Money<C> {
    fn add_assign(&mut self, rhs: Self) {
        self.amount += rhs.amount;
    }
}

impl<C: Currency> Sub for Money<C> {
    type Output = Self;
    fn sub(self, rhs: Self) -> Self {
        Self::new(self.amount - rhs.amount)
    }
}

impl<C: Currency> SubAssign for Money<C> {
    fn sub_assign(&mut self, rhs: Self) {
        self.amount -= rhs.amount;
    }
}

impl<C: Currency> Neg for Money<C> {
    type Output = Self;
    fn neg(self) -> Self {
        Self::new(-self.amount)
    }
}

/// Scaling by a dimensionless factor (a number of ships, a multiplier).
impl<C: Currency> Mul<f64> for Money<C> {
    type Output = Self;
    fn mul(self, k: f64) -> Self {
        Self::new(self.amount * k)
    }
}

/// Division by a dimensionless count (per TEU, per voyage).
impl<C: Currency> Div<f64> for Money<C> {
    type Output = Self;
    fn div(self, k: f64) -> Self {
        Self::new(self.amount / k)
    }
}

/// The ratio of two amounts in one currency.
impl<C: Currency> Div for Money<C> {
    type Output = f64;
    fn div(self, rhs: Self) -> f64 {
        self.amount / rhs.amount
    }
}

impl<C: Currency> Sum for Money<C> {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        Self::new(iter.map(|m| m.amount).sum())
    }
}

impl<'a, C: Currency> Sum<&'a Money<C>> for Money<C> {
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        Self::new(iter.map(|m| m.amount).sum())
    }
}

impl<C: Currency> Serialize for Money<C> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_f64(self.amount)
    }
}

impl<'de, C: Currency> Deserialize<'de> for Money<C> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let amount = f64::deserialize(d)?;
        if !amount.is_finite() {
            return Err(serde::de::Error::custom(format!(
                "an amount of money must be finite, got {amount} {}",
                C::CODE
            )));
        }
        Ok(Self::new(amount))
    }
}

/// An amount in a currency chosen at run time (a summary's reporting currency): euro or US
/// dollars, each typed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnyMoney {
    /// In euro.
    Eur(Money<Eur>),
    /// In US dollars.
    Usd(Money<Usd>),
}

impl AnyMoney {
    /// The amount, in units of its currency.
    pub fn amount(self) -> f64 {
        match self {
            Self::Eur(m) => m.amount(),
            Self::Usd(m) => m.amount(),
        }
    }

    /// The ISO 4217 code of its currency.
    pub fn code(self) -> &'static str {
        match self {
            Self::Eur(_) => Eur::CODE,
            Self::Usd(_) => Usd::CODE,
        }
    }
}

impl fmt::Display for AnyMoney {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Eur(m) => fmt::Display::fmt(m, f),
            Self::Usd(m) => fmt::Display::fmt(m, f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_and_conversion() {
        let penalty = eur(2_400.0) * 1.5;
        assert_eq!(penalty.amount(), 3_600.0);
        // 3,600 EUR at 1.10 USD/EUR = 3,960 USD.
        let in_usd: Money<Usd> = penalty.convert(1.10);
        assert!((in_usd.amount() - 3_960.0).abs() < 1e-9);
        assert_eq!((in_usd + usd(40.0)).amount(), in_usd.amount() + 40.0);
        let total: Money<Eur> = [eur(1.0), eur(2.0), eur(3.5)].iter().sum();
        assert_eq!(total, eur(6.5));
        assert_eq!(eur(3.0) / eur(1.5), 2.0);
        assert_eq!((eur(3.0) / 4.0).amount(), 0.75);
        assert!(eur(1.0) < eur(2.0));
    }

    #[test]
    fn display_groups_thousands_and_names_the_currency() {
        assert_eq!(eur(1_234_567.891).to_string(), "1,234,568 EUR");
        assert_eq!(format!("{:.2}", usd(1_234_567.891)), "1,234,567.89 USD");
        assert_eq!(eur(-950.0).to_string(), "-950 EUR");
        assert_eq!(eur(-0.2).to_string(), "0 EUR");
        assert_eq!(usd(999.0).to_string(), "999 USD");
        assert_eq!(usd(1_000.0).to_string(), "1,000 USD");
    }

    #[test]
    fn serde_is_a_plain_finite_number() {
        let json = serde_json::to_string(&eur(12.5)).unwrap();
        assert_eq!(json, "12.5");
        let back: Money<Eur> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, eur(12.5));
        let err = toml::from_str::<std::collections::BTreeMap<String, Money<Usd>>>("x = inf")
            .unwrap_err()
            .to_string();
        assert!(err.contains("finite") && err.contains("USD"), "{err}");
    }
}
