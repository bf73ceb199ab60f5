//! Any text must give a plan that holds the invariants (`invariants.rs`) or a `FileError`,
//! never a panic or a hang: as a whole file, and as the plan inside a well-formed file header.
//! Seeds: `fuzz/seeds/read_file` (plans with check-ins and meeting logs, made by
//! `cargo run --example fuzz_seeds`).
#![no_main]

mod invariants;

use libfuzzer_sys::fuzz_target;
use multi_mentor::domain::files::{self, FileError, Imported};

fn assert_within_limits(opened: Result<Imported, FileError>) {
    if let Ok(imported) = opened {
        invariants::hold(&imported.plan);
    }
}

fuzz_target!(|text: &str| {
    assert_within_limits(files::import_json(text));
    let file = format!(r#"{{"app":"multi-mentor-plan","format":1,"name":"x","plan":{text}}}"#);
    assert_within_limits(files::import_json(&file));
});
