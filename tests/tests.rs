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

/// The versioned envelope, loading old schemas, workshop plans, and what is stored.
#[path = "native/storage.rs"]
mod storage;

/// Storage that goes wrong: garbage and newer plans kept as backups, the backups the person
/// sees, full or unreadable storage, and saves that fail.
#[path = "native/storage_problems.rs"]
mod storage_problems;

/// Findings about each skill and each mentor, and the rules every plan's findings keep.
#[path = "native/analysis.rs"]
mod analysis;

/// Findings about the team as a whole, advice set aside, the grid and telling namesakes apart.
#[path = "native/team_findings.rs"]
mod team_findings;

/// The guided flow's steps and the URL hash.
#[path = "native/steps.rs"]
mod steps;

/// Share links: the binary layout, compression and base64url, and bad links.
#[path = "native/share.rs"]
mod share;

/// Our deflate: what it writes any inflater reads, after the dictionary or without one.
#[path = "native/deflate.rs"]
mod deflate;

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

/// The team's calendar: one series per active mentor, the check-in, dated next steps.
#[path = "native/team_calendar.rs"]
mod team_calendar;

/// The ask: messages to a mentor drafted from the plan.
#[path = "native/message.rs"]
mod message;

/// The meeting rhythm: dates, cadences and the strip.
#[path = "native/rhythm.rs"]
mod rhythm;

/// The living plan: meetings and steps done, who is due, the log, and "since your last visit".
#[path = "native/living.rs"]
mod living;

/// Dates: real days, their ISO text, and counting days and months.
#[path = "native/dates.rs"]
mod dates;

/// Check-ins, progress since the first one, and goals by horizon.
#[path = "native/check_ins.rs"]
mod check_ins;

/// The living plan's limits: dates that are not real days, long logs, many check-ins.
#[path = "native/living_limits.rs"]
mod living_limits;

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

/// A list at its limit refuses one more, and no edit the screens can make leaves the limits.
#[path = "native/full_lists.rs"]
mod full_lists;

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
