//! Writes `tests/fixtures/brief-fingerprint.txt`: one hash for each run of six words in the
//! product brief, so a test can check that no text of the app repeats the brief word for word
//! without the brief itself being in the repository (it lives beside it, in `../shared`).
//!
//! `cargo run --example brief_fingerprint [path to PRODUCT.md]`

#[path = "../tests/shared/six_words.rs"]
mod six_words;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/PRODUCT.md".to_owned());
    let brief = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let hashes = six_words::fingerprint(&brief);
    let lines: Vec<String> = hashes.iter().map(|hash| format!("{hash:016x}")).collect();
    let out = "tests/fixtures/brief-fingerprint.txt";
    std::fs::write(out, lines.join("\n") + "\n").expect("the fixtures folder is writable");
    println!(
        "wrote {out}: {} runs of six words from {path}",
        hashes.len()
    );
}
