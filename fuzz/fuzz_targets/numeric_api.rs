//! Fuzz target: numbers and years decoded from bytes into the numeric public API (pathways, series, CII, FuelEU, alignment, accounting, vessel, EU ETS, NZF).
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run numeric_api fuzz/corpus/numeric_api -- -dict=fuzz/green_corridor.dict -timeout=2`
//! from the crate root. A panic, or a non-finite number inside an `Ok`, is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise_numbers(data) {
        panic!("invariant violated: {finding}");
    }
});
