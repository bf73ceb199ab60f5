use multi_mentor::domain::calendar::{Reminder, can_remind, file, rrule, series, step_event};
use multi_mentor::domain::date::Date;
use multi_mentor::domain::plan::{Cadence, Id, Mentor};

pub(crate) fn mentor(cadence: Cadence, next_step: &str) -> Mentor {
    Mentor {
        id: Id(7),
        name: "Daniel".into(),
        cadence,
        next_step: next_step.into(),
        ..Mentor::default()
    }
}

/// A mentor's own file, as the share screen makes it: their series from `start`, and their
/// next step's day if it has one.
pub(crate) fn ics(mentor: &Mentor, words: &Reminder, start: Date, stamp: &str) -> Option<String> {
    let series = series(3, mentor, *words, start)?;
    let step = step_event(3, mentor, *words);
    Some(file(
        &[Some(series), step]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>(),
        stamp,
        "",
    ))
}

pub(crate) const WORDS: Reminder = Reminder {
    summary: "Mentor: Daniel",
    description: "Next step: a mock interview; bring questions, notes\nand a CV",
    alarm: "Time for your next step with Daniel",
};

/// Unfolds continuation lines (RFC 5545, 3.1).
pub(crate) fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_cadence_has_the_right_repeat_rule() {
    assert_eq!(rrule(Cadence::Weekly), Some("FREQ=WEEKLY"));
    assert_eq!(
        rrule(Cadence::EveryTwoWeeks),
        Some("FREQ=WEEKLY;INTERVAL=2")
    );
    assert_eq!(rrule(Cadence::Monthly), Some("FREQ=MONTHLY"));
    assert_eq!(rrule(Cadence::Quarterly), Some("FREQ=MONTHLY;INTERVAL=3"));
    assert_eq!(rrule(Cadence::AsNeeded), None);
    assert_eq!(rrule(Cadence::NotSet), None);
}

#[test]
fn a_reminder_needs_a_next_step_and_a_rhythm() {
    assert!(can_remind(&mentor(Cadence::Monthly, "Coffee")));
    assert!(!can_remind(&mentor(Cadence::Monthly, "  ")));
    assert!(!can_remind(&mentor(Cadence::AsNeeded, "Coffee")));
    let start = Date {
        year: 2026,
        month: 11,
        day: 27,
    };
    assert_eq!(
        ics(
            &mentor(Cadence::NotSet, "Coffee"),
            &WORDS,
            start,
            "20261126T120000Z"
        ),
        None
    );
}

#[test]
fn the_event_is_valid_icalendar_with_escaped_folded_text() {
    let start = Date {
        year: 2026,
        month: 1,
        day: 5,
    };
    let text = ics(
        &mentor(Cadence::EveryTwoWeeks, "x"),
        &WORDS,
        start,
        "20261126T120000Z",
    )
    .unwrap();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "lines folded at 75 octets"
    );
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "no bare line feeds"
    );
    let lines = unfold(&text);
    for expected in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "DTSTART:20260105T090000",
        "RRULE:FREQ=WEEKLY;INTERVAL=2",
        "DTSTAMP:20261126T120000Z",
        "UID:plan-3-mentor-7@multi-mentor-plan",
        "SUMMARY:Mentor: Daniel",
        "DESCRIPTION:Next step: a mock interview\\; bring questions\\, notes\\nand a CV",
        "TRIGGER:-PT15M",
        "END:VEVENT",
    ] {
        assert!(
            lines.iter().any(|line| line == expected),
            "missing {expected:?} in {lines:#?}"
        );
    }
}

#[test]
fn folding_never_splits_a_character() {
    let long = "é".repeat(100);
    let words = Reminder {
        summary: &long,
        description: "d",
        alarm: "a",
    };
    let start = Date {
        year: 2026,
        month: 1,
        day: 5,
    };
    let text = ics(
        &mentor(Cadence::Weekly, "x"),
        &words,
        start,
        "20261126T120000Z",
    )
    .unwrap();
    assert!(
        unfold(&text)
            .iter()
            .any(|line| *line == format!("SUMMARY:{long}"))
    );
}
