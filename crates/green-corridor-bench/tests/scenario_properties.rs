//! The scenario-file property test (moved from `tests/scenario_files.rs` with proptest): any
//! prefix of the shipped file, and any number put in place of the speed, is an answer or a
//! typed error — never a panic.

use green_corridor::scenario::Scenario;
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../../../scenarios/shanghai_los_angeles.toml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any prefix of the shipped file, and any number put in place of the speed, is an
    /// answer or a typed error — never a panic.
    #[test]
    fn truncated_or_altered_files_do_not_panic(cut in 0usize..4_000, speed in -1e6f64..1e6) {
        let mut end = cut.min(SHIPPED.len());
        while !SHIPPED.is_char_boundary(end) {
            end -= 1;
        }
        let _ = Scenario::from_toml_str(&SHIPPED[..end]);
        let text = SHIPPED.replace("speed_kn = 16.0", &format!("speed_kn = {speed:?}"));
        let _ = Scenario::from_toml_str(&text);
    }
}
