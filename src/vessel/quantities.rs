//! Units the vessel layer uses beyond the basics — draughts in metres, cargo volumes in m³ —
//! re-exported from their one home, [`crate::units`], with the serde adapters
//! ([`crate::units::serde_as`]).

pub use crate::units::{MetresExt, Volume, VolumeExt, cubic_metres, metres, serde_as};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metres_and_cubic_metres_round_trip() {
        assert!((metres(14.5).metres() - 14.5).abs() < 1e-12);
        assert!((cubic_metres(174_000.0).cubic_metres() - 174_000.0).abs() < 1e-6);
    }
}
