//! Native tests of everything that needs no browser: `cargo test`.
#![cfg(not(target_arch = "wasm32"))]
// The tests check the app against the standard library, so they may call what the app may not.
#![allow(clippy::disallowed_methods)]

/// Helpers shared by the native tests.
#[path = "native/support.rs"]
mod support;

/// The reference plan from tests/fixtures, mapped onto our model.
#[path = "native/reference.rs"]
mod reference;

/// The catalogue's `tr!` pairs, read from its source.
#[path = "shared/catalogue.rs"]
mod catalogue_pairs;

/// Runs of six words, to compare the app's texts with the product brief.
#[path = "shared/six_words.rs"]
mod six_words;

/// No text of the app repeats the product brief word for word.
#[path = "native/brief.rs"]
mod brief;

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

/// One plan edited in two tabs: the three-way merge.
#[path = "native/merge.rs"]
mod merge;

/// Plan files: JSON out and back, and wrong files.
#[path = "native/files.rs"]
mod files;

/// Calendar reminders (RFC 5545).
#[path = "native/calendar.rs"]
mod calendar;

/// The ask: messages to a mentor drafted from the plan.
#[path = "native/message.rs"]
mod message;

/// The meeting rhythm: dates, cadences and the strip.
#[path = "native/rhythm.rs"]
mod rhythm;

/// The living plan: goals by horizon, dates, meetings and steps done, who is due, check-ins.
#[path = "native/living.rs"]
mod living;

/// The team map's layout and markup.
#[path = "native/team_map.rs"]
mod team_map;

/// The content catalogue in both languages, and the files made from it.
#[path = "native/catalogue.rs"]
mod catalogue;

/// The example plans for workshops, and the facilitator's guide.
#[path = "native/examples.rs"]
mod examples;

/// The flooded plan of issue 10, shared with `examples/crafted_plans.rs`.
#[path = "shared/flood.rs"]
mod flood;

/// The limits every plan that comes in is held to.
#[path = "native/limits.rs"]
mod limits;

/// The reading level of the guidance text.
#[path = "shared/reading_level.rs"]
mod reading_level;

#[test]
fn guidance_reads_at_grade_8_or_below() {
    let groups = reading_level::guidance();
    for (name, texts) in &groups {
        let grade = reading_level::grade(texts);
        assert!(grade <= 9.0, "{name} reads at grade {grade:.1}");
    }
    let all: Vec<String> = groups.into_iter().flat_map(|(_, texts)| texts).collect();
    let grade = reading_level::grade(&all);
    assert!(grade <= 8.0, "the guidance reads at grade {grade:.1}");
}

#[test]
fn a_hard_sentence_reads_above_grade_8() {
    let hard = "Comprehensive organizational transformation necessitates considerable \
        interdepartmental collaboration and institutional accountability.";
    assert!(reading_level::grade(&[hard.to_owned()]) > 8.0);
}
