//! Typed quantities used across the crate.
//!
//! Every public boundary takes and returns [`uom`] quantities, so a speed is never confused
//! with a power and a tonne is never read as a kilogram. This module re-exports the quantities
//! the crate uses, names the derived ones the maritime GHG domain needs, adds the domain's own
//! units (g/MJ, MJ/g, g/g) and offers small constructors and readers in those units.
//!
//! | Domain quantity | Type | Domain unit | Constructor / reader |
//! |---|---|---|---|
//! | fuel or gas mass | [`Mass`] | t, g | [`tonnes`], [`MassExt::tonnes`] |
//! | energy | [`Energy`] | MJ, kWh | [`megajoules`], [`EnergyExt::megajoules`] |
//! | lower calorific value | [`LowerCalorificValue`] | MJ/g | [`mj_per_g`], [`LcvExt::mj_per_g`] |
//! | GHG intensity, WtT factor | [`GhgIntensity`] | gCO2e/MJ | [`g_per_mj`], [`IntensityExt::g_per_mj`] |
//! | emission factor Cf | [`EmissionFactor`] | g gas / g fuel | [`g_per_g`], [`RatioExt::value`] |
//! | share, slip | [`Ratio`] | 1 or % | [`fraction`], [`percent`] |
//!
//! ```
//! use green_corridor::units::*;
//! let lcv = mj_per_g(0.0405); // HFO, FuelEU Annex II
//! let fuel = tonnes(1.0);
//! let energy = fuel * lcv;
//! assert!((energy.megajoules() - 40_500.0).abs() < 1e-6);
//! ```

pub use uom::si::f64::{
    AvailableEnergy, Energy, Length, Mass, MassPerEnergy, Power, Ratio, Time, Velocity,
};

/// GHG intensity: mass of CO2-equivalent per unit of energy (shown as gCO2e/MJ).
pub type GhgIntensity = MassPerEnergy;

/// Emission factor: mass of a gas emitted per mass of fuel consumed (g/g, the Annex II Cf).
///
/// Dimensionless like a [`Ratio`] (a share, a slip fraction), but a different quantity: a type
/// of its own, read with [`EmissionFactor::g_per_g`]; `fuel mass × Cf` is the gas mass.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct EmissionFactor(f64);

impl EmissionFactor {
    /// Grams of gas per gram of fuel.
    pub fn g_per_g(self) -> f64 {
        self.0
    }
}

impl std::ops::Mul<EmissionFactor> for Mass {
    type Output = Mass;
    fn mul(self, cf: EmissionFactor) -> Mass {
        self * cf.0
    }
}

/// Lower calorific value: energy per mass of fuel (shown as MJ/g, as in FuelEU Annex II).
pub type LowerCalorificValue = AvailableEnergy;

/// Specific fuel consumption: mass of fuel per unit of work delivered (shown as g/kWh).
///
/// Dimensionally a mass per energy like [`GhgIntensity`], but a different quantity: a type of
/// its own, so that an SFC can never be passed where an intensity is expected (or the reverse).
/// `work × sfc` is the fuel mass (`Energy * SpecificFuelConsumption = Mass`).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct SpecificFuelConsumption(MassPerEnergy);

impl SpecificFuelConsumption {
    /// The SFC from a mass per energy.
    pub fn from_mass_per_energy(q: MassPerEnergy) -> Self {
        Self(q)
    }

    /// The SFC as a mass per energy (for arithmetic with other `uom` quantities).
    pub fn mass_per_energy(self) -> MassPerEnergy {
        self.0
    }
}

impl std::ops::Mul<SpecificFuelConsumption> for Energy {
    type Output = Mass;
    fn mul(self, sfc: SpecificFuelConsumption) -> Mass {
        self * sfc.0
    }
}

impl std::ops::Mul<Energy> for SpecificFuelConsumption {
    type Output = Mass;
    fn mul(self, work: Energy) -> Mass {
        work * self.0
    }
}

impl std::ops::Mul<f64> for SpecificFuelConsumption {
    type Output = SpecificFuelConsumption;
    fn mul(self, k: f64) -> SpecificFuelConsumption {
        Self(self.0 * k)
    }
}

impl std::ops::Div<f64> for SpecificFuelConsumption {
    type Output = SpecificFuelConsumption;
    fn div(self, k: f64) -> SpecificFuelConsumption {
        Self(self.0 / k)
    }
}

impl std::ops::Add for SpecificFuelConsumption {
    type Output = SpecificFuelConsumption;
    fn add(self, o: SpecificFuelConsumption) -> SpecificFuelConsumption {
        Self(self.0 + o.0)
    }
}

pub mod money;
pub use money::{AnyMoney, Eur, Money, Usd, eur, usd};

/// Domain units that `uom` does not ship.
pub mod extra {
    unit! {
        system: uom::si;
        quantity: uom::si::mass_per_energy;

        /// Gram per megajoule, the unit of FuelEU WtT/TtW/WtW intensities (gCO2e/MJ).
        @gram_per_megajoule: 1.0E-9; "g/MJ", "gram per megajoule", "grams per megajoule";
    }
}

pub mod lcv_units {
    //! Units of lower calorific value.
    unit! {
        system: uom::si;
        quantity: uom::si::available_energy;

        /// Megajoule per gram, the unit of FuelEU Annex II LCVs.
        @megajoule_per_gram: 1.0E9; "MJ/g", "megajoule per gram", "megajoules per gram";
    }
}

pub use extra::gram_per_megajoule;
pub use lcv_units::megajoule_per_gram;
use uom::si::{energy, length, mass, power, ratio, time, velocity};

/// A mass in tonnes (t, 1,000 kg).
pub fn tonnes(value: f64) -> Mass {
    Mass::new::<mass::ton>(value)
}

/// A mass in grams.
pub fn grams(value: f64) -> Mass {
    Mass::new::<mass::gram>(value)
}

/// An energy in megajoules.
pub fn megajoules(value: f64) -> Energy {
    Energy::new::<energy::megajoule>(value)
}

/// An energy in kilowatt-hours (1 kWh = 3.6 MJ).
pub fn kilowatt_hours(value: f64) -> Energy {
    Energy::new::<energy::kilowatt_hour>(value)
}

/// A GHG intensity in gCO2e/MJ.
pub fn g_per_mj(value: f64) -> GhgIntensity {
    GhgIntensity::new::<gram_per_megajoule>(value)
}

/// A lower calorific value in MJ/g (FuelEU Annex II convention; 0.0405 MJ/g = 40.5 MJ/kg).
pub fn mj_per_g(value: f64) -> LowerCalorificValue {
    LowerCalorificValue::new::<megajoule_per_gram>(value)
}

/// An emission factor in g gas per g fuel (the Annex II Cf column).
pub fn g_per_g(value: f64) -> EmissionFactor {
    EmissionFactor(value)
}

/// A dimensionless fraction (0.25 = 25 %).
pub fn fraction(value: f64) -> Ratio {
    Ratio::new::<ratio::ratio>(value)
}

/// A dimensionless share given in per cent (3.1 → 0.031).
pub fn percent(value: f64) -> Ratio {
    Ratio::new::<ratio::percent>(value)
}

/// A distance in nautical miles (1 nm = 1,852 m).
pub fn nautical_miles(value: f64) -> Length {
    Length::new::<length::nautical_mile>(value)
}

/// A speed in knots (1 kn = 1,852 m/h).
pub fn knots(value: f64) -> Velocity {
    Velocity::new::<velocity::knot>(value)
}

/// A duration in hours.
pub fn hours(value: f64) -> Time {
    Time::new::<time::hour>(value)
}

/// A power in kilowatts.
pub fn kilowatts(value: f64) -> Power {
    Power::new::<power::kilowatt>(value)
}

/// A specific fuel consumption in g/kWh.
pub fn g_per_kwh(value: f64) -> SpecificFuelConsumption {
    SpecificFuelConsumption(MassPerEnergy::new::<
        uom::si::mass_per_energy::gram_per_kilowatt_hour,
    >(value))
}

/// Reads a [`SpecificFuelConsumption`] in g/kWh.
pub trait SfcExt {
    /// The specific fuel consumption in grams per kilowatt-hour.
    fn g_per_kwh(&self) -> f64;
}

impl SfcExt for SpecificFuelConsumption {
    fn g_per_kwh(&self) -> f64 {
        self.0
            .get::<uom::si::mass_per_energy::gram_per_kilowatt_hour>()
    }
}

/// Reads a [`Velocity`] in knots.
pub trait VelocityExt {
    /// The speed in knots.
    fn knots(&self) -> f64;
}

impl VelocityExt for Velocity {
    fn knots(&self) -> f64 {
        self.get::<velocity::knot>()
    }
}

/// Reads a [`Length`] in nautical miles.
pub trait LengthExt {
    /// The distance in nautical miles.
    fn nautical_miles(&self) -> f64;
    /// The distance in kilometres.
    fn kilometres(&self) -> f64;
}

impl LengthExt for Length {
    fn nautical_miles(&self) -> f64 {
        self.get::<length::nautical_mile>()
    }
    fn kilometres(&self) -> f64 {
        self.get::<length::kilometer>()
    }
}

/// Reads a [`Time`] in hours or days.
pub trait TimeExt {
    /// The duration in hours.
    fn hours(&self) -> f64;
    /// The duration in days of 24 h.
    fn days(&self) -> f64;
}

impl TimeExt for Time {
    fn hours(&self) -> f64 {
        self.get::<time::hour>()
    }
    fn days(&self) -> f64 {
        self.get::<time::day>()
    }
}

/// Reads a [`Power`] in kilowatts.
pub trait PowerExt {
    /// The power in kilowatts.
    fn kilowatts(&self) -> f64;
}

impl PowerExt for Power {
    fn kilowatts(&self) -> f64 {
        self.get::<power::kilowatt>()
    }
}

/// A distance in kilometres.
pub fn kilometres(value: f64) -> Length {
    Length::new::<length::kilometer>(value)
}

/// A duration in days of 24 h.
pub fn days(value: f64) -> Time {
    Time::new::<time::day>(value)
}

/// Reads a [`Mass`] in the domain's units.
pub trait MassExt {
    /// The mass in tonnes.
    fn tonnes(&self) -> f64;
    /// The mass in grams.
    fn grams(&self) -> f64;
}

impl MassExt for Mass {
    fn tonnes(&self) -> f64 {
        self.get::<mass::ton>()
    }
    fn grams(&self) -> f64 {
        self.get::<mass::gram>()
    }
}

/// Reads an [`Energy`] in the domain's units.
pub trait EnergyExt {
    /// The energy in megajoules.
    fn megajoules(&self) -> f64;
    /// The energy in kilowatt-hours.
    fn kilowatt_hours(&self) -> f64;
}

impl EnergyExt for Energy {
    fn megajoules(&self) -> f64 {
        self.get::<energy::megajoule>()
    }
    fn kilowatt_hours(&self) -> f64 {
        self.get::<energy::kilowatt_hour>()
    }
}

/// Reads a [`GhgIntensity`] in gCO2e/MJ.
pub trait IntensityExt {
    /// The intensity in grams per megajoule.
    fn g_per_mj(&self) -> f64;
}

impl IntensityExt for GhgIntensity {
    fn g_per_mj(&self) -> f64 {
        self.get::<gram_per_megajoule>()
    }
}

/// Reads a [`LowerCalorificValue`] in MJ/g.
pub trait LcvExt {
    /// The LCV in megajoules per gram.
    fn mj_per_g(&self) -> f64;
}

impl LcvExt for LowerCalorificValue {
    fn mj_per_g(&self) -> f64 {
        self.get::<megajoule_per_gram>()
    }
}

/// Reads a [`Ratio`] (share, slip, emission factor) as a plain number.
pub trait RatioExt {
    /// The ratio as a fraction (g/g for emission factors).
    fn value(&self) -> f64;
    /// The ratio in per cent.
    fn percent(&self) -> f64;
}

impl RatioExt for Ratio {
    fn value(&self) -> f64 {
        self.get::<ratio::ratio>()
    }
    fn percent(&self) -> f64 {
        self.get::<ratio::percent>()
    }
}

/// A length (a draught, a beam) in metres.
pub fn metres(value: f64) -> Length {
    Length::new::<uom::si::length::meter>(value)
}

/// A volume (cargo capacity) in cubic metres.
pub fn cubic_metres(value: f64) -> Volume {
    Volume::new::<uom::si::volume::cubic_meter>(value)
}

pub use uom::si::f64::Volume;

/// Reads a [`Length`] in metres.
pub trait MetresExt {
    /// The length in metres.
    fn metres(&self) -> f64;
}

impl MetresExt for Length {
    fn metres(&self) -> f64 {
        self.get::<uom::si::length::meter>()
    }
}

/// Reads a [`Volume`] in cubic metres.
pub trait VolumeExt {
    /// The volume in cubic metres.
    fn cubic_metres(&self) -> f64;
}

impl VolumeExt for Volume {
    fn cubic_metres(&self) -> f64 {
        self.get::<uom::si::volume::cubic_meter>()
    }
}

/// serde adapters that write typed quantities in the domain's units, so that JSON and TOML
/// read `"mass_t": 12.5` rather than a value in SI base units — the crate's one home for them.
/// Each unit has a plain adapter (`with = "crate::units::serde_as::tonnes"`) and an optional
/// one (`option_tonnes`, for `Option<Mass>`).
pub mod serde_as {
    macro_rules! adapter {
        ($name:ident, $opt:ident, $ty:ty, $new:path, $get:path, $doc:literal) => {
            #[doc = $doc]
            pub mod $name {
                use serde::{Deserialize, Deserializer, Serializer};
                /// Serialise in the module's unit.
                pub fn serialize<S: Serializer>(q: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_f64($get(q))
                }
                /// Deserialise from the module's unit.
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    f64::deserialize(d).map($new)
                }
            }
            #[doc = $doc]
            #[doc = " (optional)"]
            pub mod $opt {
                use serde::{Deserialize, Deserializer, Serializer};
                /// Serialise in the module's unit.
                pub fn serialize<S: Serializer>(q: &Option<$ty>, s: S) -> Result<S::Ok, S::Error> {
                    match q {
                        Some(v) => s.serialize_some(&$get(v)),
                        None => s.serialize_none(),
                    }
                }
                /// Deserialise from the module's unit.
                pub fn deserialize<'de, D: Deserializer<'de>>(
                    d: D,
                ) -> Result<Option<$ty>, D::Error> {
                    Option::<f64>::deserialize(d).map(|o| o.map($new))
                }
            }
        };
    }
    adapter!(
        tonnes,
        option_tonnes,
        crate::units::Mass,
        crate::units::tonnes,
        crate::units::MassExt::tonnes,
        "A [`Mass`](crate::units::Mass) as a number of tonnes."
    );
    adapter!(
        megajoules,
        option_megajoules,
        crate::units::Energy,
        crate::units::megajoules,
        crate::units::EnergyExt::megajoules,
        "An [`Energy`](crate::units::Energy) as a number of megajoules."
    );
    adapter!(
        kilowatt_hours,
        option_kilowatt_hours,
        crate::units::Energy,
        crate::units::kilowatt_hours,
        crate::units::EnergyExt::kilowatt_hours,
        "An [`Energy`](crate::units::Energy) as a number of kilowatt-hours."
    );
    adapter!(
        g_per_mj,
        option_g_per_mj,
        crate::units::GhgIntensity,
        crate::units::g_per_mj,
        crate::units::IntensityExt::g_per_mj,
        "A [`GhgIntensity`](crate::units::GhgIntensity) as a number of gCO2e/MJ."
    );
    adapter!(
        mj_per_g,
        option_mj_per_g,
        crate::units::LowerCalorificValue,
        crate::units::mj_per_g,
        crate::units::LcvExt::mj_per_g,
        "A [`LowerCalorificValue`](crate::units::LowerCalorificValue) as a number of MJ/g."
    );
    adapter!(
        fraction,
        option_fraction,
        crate::units::Ratio,
        crate::units::fraction,
        crate::units::RatioExt::value,
        "A [`Ratio`](crate::units::Ratio) as a plain fraction (or g/g)."
    );
    adapter!(
        knots,
        option_knots,
        crate::units::Velocity,
        crate::units::knots,
        crate::units::VelocityExt::knots,
        "A [`Velocity`](crate::units::Velocity) as a number of knots."
    );
    adapter!(
        kilowatts,
        option_kilowatts,
        crate::units::Power,
        crate::units::kilowatts,
        crate::units::PowerExt::kilowatts,
        "A [`Power`](crate::units::Power) as a number of kilowatts."
    );
    adapter!(
        metres,
        option_metres,
        crate::units::Length,
        crate::units::metres,
        crate::units::MetresExt::metres,
        "A [`Length`](crate::units::Length) as a number of metres."
    );
    adapter!(
        nautical_miles,
        option_nautical_miles,
        crate::units::Length,
        crate::units::nautical_miles,
        crate::units::LengthExt::nautical_miles,
        "A [`Length`](crate::units::Length) as a number of nautical miles."
    );
    adapter!(
        hours,
        option_hours,
        crate::units::Time,
        crate::units::hours,
        crate::units::TimeExt::hours,
        "A [`Time`](crate::units::Time) as a number of hours."
    );
    adapter!(
        cubic_metres,
        option_cubic_metres,
        crate::units::Volume,
        crate::units::cubic_metres,
        crate::units::VolumeExt::cubic_metres,
        "A [`Volume`](crate::units::Volume) as a number of cubic metres."
    );
    adapter!(
        g_per_kwh,
        option_g_per_kwh,
        crate::units::SpecificFuelConsumption,
        crate::units::g_per_kwh,
        crate::units::SfcExt::g_per_kwh,
        "A [`SpecificFuelConsumption`](crate::units::SpecificFuelConsumption) as g/kWh."
    );

    /// An [`EmissionFactor`](crate::units::EmissionFactor) as g gas per g fuel.
    pub mod g_per_g {
        use crate::units::{EmissionFactor, g_per_g};
        use serde::{Deserialize, Deserializer, Serializer};
        /// Serialise as g/g.
        pub fn serialize<S: Serializer>(q: &EmissionFactor, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_f64(q.g_per_g())
        }
        /// Deserialise from g/g.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<EmissionFactor, D::Error> {
            f64::deserialize(d).map(g_per_g)
        }
    }

    /// An optional [`EmissionFactor`](crate::units::EmissionFactor) as g gas per g fuel.
    pub mod option_g_per_g {
        use crate::units::{EmissionFactor, g_per_g};
        use serde::{Deserialize, Deserializer, Serializer};
        /// Serialise as optional g/g.
        pub fn serialize<S: Serializer>(
            q: &Option<EmissionFactor>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match q {
                Some(v) => s.serialize_some(&v.g_per_g()),
                None => s.serialize_none(),
            }
        }
        /// Deserialise from optional g/g.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<EmissionFactor>, D::Error> {
            Option::<f64>::deserialize(d).map(|o| o.map(g_per_g))
        }
    }

    pub use super::{EnergyExt, IntensityExt, LcvExt, MassExt, RatioExt};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_units_round_trip_through_si() {
        // 1 g/MJ = 1e-3 kg / 1e6 J = 1e-9 kg/J.
        assert!((g_per_mj(91.744).value - 91.744e-9).abs() < 1e-18);
        assert!((g_per_mj(91.744).g_per_mj() - 91.744).abs() < 1e-12);
        // 0.0405 MJ/g = 40.5 MJ/kg = 4.05e7 J/kg.
        assert!((mj_per_g(0.0405).value - 4.05e7).abs() < 1e-6);
        assert!((tonnes(2.5).grams() - 2.5e6).abs() < 1e-6);
        assert!((kilowatt_hours(1.0).megajoules() - 3.6).abs() < 1e-12);
        assert!((percent(3.1).value() - 0.031).abs() < 1e-15);
        assert!((knots(10.0).knots() - 10.0).abs() < 1e-12);
        assert!((nautical_miles(1.0).kilometres() - 1.852).abs() < 1e-12);
        assert!((days(1.0).hours() - 24.0).abs() < 1e-12);
        assert!((kilowatts(1_000.0).kilowatts() - 1_000.0).abs() < 1e-9);
        // 175 g/kWh for 1,000 kW during one hour is 175 kg of fuel.
        let fuel: Mass = g_per_kwh(175.0) * (kilowatts(1_000.0) * hours(1.0));
        assert!((fuel.tonnes() - 0.175).abs() < 1e-12);
    }

    #[test]
    fn mass_times_lcv_is_energy_and_energy_times_intensity_is_mass() {
        let energy: Energy = tonnes(1.0) * mj_per_g(0.0405);
        assert!((energy.megajoules() - 40_500.0).abs() < 1e-6);
        let co2e: Mass = energy * g_per_mj(13.5);
        assert!((co2e.grams() - 546_750.0).abs() < 1e-6);
    }
}
