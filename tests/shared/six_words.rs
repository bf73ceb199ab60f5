//! Runs of six words, for checking that the app's texts do not repeat the product brief word
//! for word (issue 26): words are compared lowercased, with punctuation and the kind of
//! apostrophe left out, and each run is kept as a 64-bit FNV-1a hash.

use std::collections::BTreeSet;

/// How many words in a row count as repeating a source.
pub const RUN: usize = 6;

/// The words of a text, lowercased, apostrophes kept inside words ("don't").
#[allow(clippy::disallowed_methods)] // a tool's lowercase, not the app's
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|word| {
            word.trim_matches(['\'', '\u{2019}'])
                .replace('\u{2019}', "'")
        })
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .collect()
}

pub fn hash(run: &[String]) -> u64 {
    run.join(" ")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |hash: u64, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Every run of `RUN` words in a text, hashed.
pub fn fingerprint(text: &str) -> BTreeSet<u64> {
    words(text).windows(RUN).map(hash).collect()
}
