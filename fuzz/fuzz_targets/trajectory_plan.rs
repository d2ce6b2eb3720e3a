//! Fuzz target: a trajectory plan (TOML) applied to a service baseline and run.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run trajectory_plan fuzz/corpus/trajectory_plan -- -dict=fuzz/green_corridor.dict -timeout=2`
//! from the crate root. A panic, or a non-finite number inside an `Ok`, is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise_plan(data) {
        panic!("invariant violated: {finding}");
    }
});
