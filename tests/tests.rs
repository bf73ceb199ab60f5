//! Native tests of everything that needs no browser: `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

/// Helpers shared by the native tests.
#[path = "native/support.rs"]
mod support;

/// The plan type and its plain methods.
#[path = "native/plan.rs"]
mod plan;

/// The versioned envelope, backups and save errors.
#[path = "native/storage.rs"]
mod storage;

/// Findings, the grid and telling namesakes apart.
#[path = "native/analysis.rs"]
mod analysis;

/// The guided flow's steps and the URL hash.
#[path = "native/steps.rs"]
mod steps;
