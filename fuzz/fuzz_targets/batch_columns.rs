//! Fuzz target: batch segment columns (vessel, phase, speed, draught, duration) through the
//! batch engine — the input format a CSV file or an Arrow batch delivers.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run batch_columns fuzz/corpus/batch_columns -- -timeout=2`
//! from the crate root. A panic, a lost row, or a non-finite number inside an `Ok` is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise_batch(data) {
        panic!("invariant violated: {finding}");
    }
});
