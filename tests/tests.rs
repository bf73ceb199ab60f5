//! Native tests of everything that needs no browser: `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

/// Helpers shared by the native tests.
#[path = "native/support.rs"]
mod support;

/// The reference plan from tests/fixtures, mapped onto our model.
#[path = "native/reference.rs"]
mod reference;

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

/// Share links: the binary layout, compression and base64url, and bad links.
#[path = "native/share.rs"]
mod share;

/// Several plans in one browser.
#[path = "native/library.rs"]
mod library;

/// Plan files: JSON out and back, and wrong files.
#[path = "native/files.rs"]
mod files;

/// Calendar reminders (RFC 5545).
#[path = "native/calendar.rs"]
mod calendar;

/// The example plans for workshops, and the facilitator's guide.
#[path = "native/examples.rs"]
mod examples;

/// The flooded plan of issue 10, shared with `examples/crafted_plans.rs`.
#[path = "shared/flood.rs"]
mod flood;

/// The limits every plan that comes in is held to.
#[path = "native/limits.rs"]
mod limits;
