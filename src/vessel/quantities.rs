//! Units the vessel layer needs beyond [`crate::units`]: draughts in metres, cargo volumes in
//! m³, and serde adapters that write vessel quantities in the domain's units
//! (`"mcr_kw": 60000`, `"design_speed_kn": 22.0`, `"design_draught_m": 14.5`).

use uom::si::{length, volume};

use crate::units::Length;
pub use uom::si::f64::Volume;

/// A length (draught) in metres.
pub fn metres(value: f64) -> Length {
    Length::new::<length::meter>(value)
}

/// A volume (cargo capacity) in cubic metres.
pub fn cubic_metres(value: f64) -> Volume {
    Volume::new::<volume::cubic_meter>(value)
}

/// Reads a [`Length`] in metres.
pub trait MetresExt {
    /// The length in metres.
    fn metres(&self) -> f64;
}

impl MetresExt for Length {
    fn metres(&self) -> f64 {
        self.get::<length::meter>()
    }
}

/// Reads a [`Volume`] in cubic metres.
pub trait VolumeExt {
    /// The volume in cubic metres.
    fn cubic_metres(&self) -> f64;
}

impl VolumeExt for Volume {
    fn cubic_metres(&self) -> f64 {
        self.get::<volume::cubic_meter>()
    }
}

/// serde adapters for the vessel layer's quantities (number in the unit of the module name).
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
        crate::vessel::quantities::metres,
        crate::vessel::quantities::MetresExt::metres,
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
        tonnes,
        option_tonnes,
        crate::units::Mass,
        crate::units::tonnes,
        crate::units::MassExt::tonnes,
        "A [`Mass`](crate::units::Mass) as a number of tonnes."
    );
    adapter!(
        cubic_metres,
        option_cubic_metres,
        crate::vessel::quantities::Volume,
        crate::vessel::quantities::cubic_metres,
        crate::vessel::quantities::VolumeExt::cubic_metres,
        "A [`Volume`](crate::vessel::quantities::Volume) as a number of cubic metres."
    );
    adapter!(
        g_per_kwh,
        option_g_per_kwh,
        crate::units::SpecificFuelConsumption,
        crate::units::g_per_kwh,
        crate::units::SfcExt::g_per_kwh,
        "A [`SpecificFuelConsumption`](crate::units::SpecificFuelConsumption) as g/kWh."
    );
    adapter!(
        kilowatt_hours,
        option_kilowatt_hours,
        crate::units::Energy,
        crate::units::kilowatt_hours,
        crate::units::EnergyExt::kilowatt_hours,
        "An [`Energy`](crate::units::Energy) as a number of kilowatt-hours."
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metres_and_cubic_metres_round_trip() {
        assert!((metres(14.5).metres() - 14.5).abs() < 1e-12);
        assert!((cubic_metres(174_000.0).cubic_metres() - 174_000.0).abs() < 1e-6);
    }
}
