//! Fuzz target: a target pathway (JSON): values, rebasing, alignment.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run pathway_json fuzz/corpus/pathway_json -- -dict=fuzz/green_corridor.dict -timeout=2`
//! from the crate root. A panic, or a non-finite number inside an `Ok`, is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise_pathway(data) {
        panic!("invariant violated: {finding}");
    }
});
