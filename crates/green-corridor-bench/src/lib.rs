//! Benchmarks (criterion, `benches/`) and property tests (proptest, `tests/`) of the
//! `green-corridor` library, kept in their own workspace member so that building the library,
//! its examples and its plain tests never compiles criterion or proptest.
//!
//! Run: `cargo bench -p green-corridor-bench` (results in `docs/benchmarks.md`) and
//! `cargo test -p green-corridor-bench` (the property tests). This crate has no API of its own.

#![forbid(unsafe_code)]
