use std::collections::BTreeSet;

use crate::catalogue_pairs::{APP_SOURCES, OWN_FILE_SOURCES, pairs};

use crate::six_words::{RUN, fingerprint, hash, words};

/// The brief's runs of six words, as `cargo run --example brief_fingerprint` wrote them.
fn brief_runs() -> BTreeSet<u64> {
    include_str!("../fixtures/brief-fingerprint.txt")
        .lines()
        .map(|line| u64::from_str_radix(line, 16).expect("a hexadecimal hash"))
        .collect()
}

#[test]
fn no_text_of_the_app_repeats_six_words_of_the_brief() {
    let brief = brief_runs();
    assert!(brief.len() > 500, "the brief's fingerprint is there");
    let mut repeated = Vec::new();
    let sources: Vec<_> = APP_SOURCES
        .iter()
        .chain(&OWN_FILE_SOURCES)
        .copied()
        .collect();
    for pair in pairs(&sources).expect("the catalogue reads") {
        for text in [&pair.english, &pair.french] {
            for run in words(text).windows(RUN) {
                if brief.contains(&hash(run)) {
                    repeated.push(format!("{}: \u{201c}{}\u{201d}", pair.file, run.join(" ")));
                }
            }
        }
    }
    assert!(
        repeated.is_empty(),
        "written anew, please:\n{}",
        repeated.join("\n")
    );
}

/// Where the brief sits beside the repository (as on a developer's machine), the fingerprint
/// is the brief's own.
#[test]
fn the_fingerprint_is_the_briefs_own_where_the_brief_is_at_hand() {
    let Ok(brief) = std::fs::read_to_string("../shared/PRODUCT.md") else {
        return;
    };
    assert!(
        fingerprint(&brief) == brief_runs(),
        "the brief changed: run cargo run --example brief_fingerprint"
    );
}

#[test]
fn words_are_compared_without_case_punctuation_or_the_kind_of_apostrophe() {
    assert_eq!(
        words("Don\u{2019}t  stop: one, two; (three)!"),
        ["don't", "stop", "one", "two", "three"]
    );
    let one = fingerprint("A b c d e f g");
    assert_eq!(one.len(), 2);
    assert_eq!(one, fingerprint("a B, c. d; e: f \u{2014} g"));
}
