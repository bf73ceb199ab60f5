//! Prints the reference plan (tests/fixtures/reference-plan.json) as this app stores it in
//! localStorage: what the screen-switch benchmark loads before it measures.
//! `cargo run --quiet --example reference_envelope`

#[path = "../tests/native/reference.rs"]
mod reference;

use multi_mentor::domain::library::Library;
use multi_mentor::storage;

fn main() {
    let (name, plan) = reference::reference_plan();
    println!(
        "{}",
        storage::encode_envelope(&Library::with_plan(name, plan))
    );
}
