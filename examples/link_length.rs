//! Benchmark, not a test: prints the share-link length of the reference plan with our
//! encoding, and with deflate plus base64url of JSON, and the ratio.
//! `cargo run --release --example link_length`

#[path = "../tests/native/reference.rs"]
mod reference;

use multi_mentor::domain::share;

/// The length over which the test command fails (a whole link must fit a chat message).
const LIMIT: usize = 2000;
const GOAL: usize = 1500;

/// Base64url of raw deflate (best level) of some JSON: how other tools put state in links.
pub fn deflate_base64url_len(json: &str) -> usize {
    let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    multi_mentor::domain::share::base64url_encode(&compressed).len()
}

/// The fixture's own JSON, minified, without its "about" note.
pub fn reference_json_minified() -> String {
    let mut json: serde_json::Value =
        serde_json::from_str(reference::REFERENCE_JSON).expect("the fixture is JSON");
    if let Some(object) = json.as_object_mut() {
        object.remove("about");
    }
    json.to_string()
}

fn main() {
    let (name, plan) = reference::reference_plan();
    let ours = format!("#{}", share::encode(&name, &plan)).len();
    let fixture_json = reference_json_minified();
    let fixture = 1 + deflate_base64url_len(&fixture_json);
    let our_json = serde_json::to_string(&plan).unwrap_or_default();
    let plan_json = 1 + deflate_base64url_len(&our_json);
    println!(
        "Share-link fragment length for the reference plan (tests/fixtures/reference-plan.json):"
    );
    println!(
        "  our encoding (binary layout, deflate with dictionary, base64url): {ours} characters (goal {GOAL}, limit {LIMIT})"
    );
    println!(
        "  deflate + base64url of the fixture's JSON ({} bytes):  {fixture} characters",
        fixture_json.len()
    );
    println!(
        "  deflate + base64url of our plan's JSON ({} bytes):     {plan_json} characters",
        our_json.len()
    );
    println!(
        "  ratio, ours to the fixture's JSON: {:.2}; to our plan's JSON: {:.2}",
        ours as f64 / fixture as f64,
        ours as f64 / plan_json as f64
    );
    if ours > LIMIT {
        eprintln!("The reference plan's link is over {LIMIT} characters.");
        std::process::exit(1);
    }
}
