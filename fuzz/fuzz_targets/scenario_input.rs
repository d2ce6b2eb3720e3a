//! Fuzz target: bytes → every parser of the crate → every computation on what parses.
//! Run: `cargo fuzz run scenario_input fuzz/corpus/scenario_input` from the crate root.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise(data) {
        panic!("invariant violated: {finding}");
    }
});
