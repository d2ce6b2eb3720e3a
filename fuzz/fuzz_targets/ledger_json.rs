//! Fuzz target: a fuel ledger (JSON) accounted under every basis and regime.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run ledger_json fuzz/corpus/ledger_json -- -dict=fuzz/green_corridor.dict -timeout=2`
//! from the crate root. A panic, or a non-finite number inside an `Ok`, is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(finding) = exercise::exercise_ledger(data) {
        panic!("invariant violated: {finding}");
    }
});
