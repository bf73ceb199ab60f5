use multi_mentor::domain::calendar::{
    CHECK_IN_RULE, Event, Reminder, file, rrule, series_uid, step_event, team_schedule,
};
use multi_mentor::domain::date::Date;
use multi_mentor::domain::living::CHECK_IN_MONTHS;
use multi_mentor::domain::plan::{Cadence, Id, Mentor, Plan, Status};

use crate::calendar::{WORDS, ics, mentor, unfold};

const fn date(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// A fixed "today": the clock is never read here.
const TODAY: Date = date(2026, 11, 28);

/// A plan with a mentor of each kind: (name, status, cadence, last meeting, day asked).
fn team() -> Plan {
    let mut plan = Plan::default();
    for (name, status, cadence, met, asked) in [
        // Met 1 November, monthly: due 1 December.
        (
            "Ana",
            Status::Active,
            Cadence::Monthly,
            Some(date(2026, 11, 1)),
            None,
        ),
        // Met 1 October, weekly: due 8 October, passed, so from today.
        (
            "Bo",
            Status::Active,
            Cadence::Weekly,
            Some(date(2026, 10, 1)),
            None,
        ),
        (
            "Cy",
            Status::Asked,
            Cadence::Weekly,
            None,
            Some(date(2026, 11, 1)),
        ),
        (
            "Di",
            Status::Active,
            Cadence::AsNeeded,
            Some(date(2026, 11, 1)),
            None,
        ),
        ("Ed", Status::Active, Cadence::NotSet, None, None),
        (
            "Flo",
            Status::Paused,
            Cadence::Monthly,
            Some(date(2026, 11, 20)),
            None,
        ),
        // Never met nor asked: due today.
        ("Gus", Status::Active, Cadence::Quarterly, None, None),
        // Asked 20 November, every two weeks: due 4 December.
        (
            "Hal",
            Status::Active,
            Cadence::EveryTwoWeeks,
            None,
            Some(date(2026, 11, 20)),
        ),
    ] {
        let id = plan.add_mentor(name.into()).unwrap();
        let mentor = plan.mentor_mut(id).unwrap();
        mentor.status = status;
        mentor.cadence = cadence;
        mentor.asked_on = asked;
        mentor.next_step = format!("Next with {name}");
        if let Some(day) = met {
            mentor.meet(day, "");
        }
    }
    plan
}

fn id_of(plan: &Plan, name: &str) -> Id {
    plan.mentors.iter().find(|m| m.name == name).unwrap().id
}

#[test]
fn the_team_schedule_lists_active_mentors_with_a_pace_from_their_due_day() {
    let plan = team();
    let (mentors, check_in) = team_schedule(&plan, TODAY);
    assert_eq!(
        mentors,
        [
            (id_of(&plan, "Ana"), date(2026, 12, 1), "FREQ=MONTHLY"),
            (id_of(&plan, "Bo"), TODAY, "FREQ=WEEKLY"),
            (id_of(&plan, "Gus"), TODAY, "FREQ=MONTHLY;INTERVAL=3"),
            (
                id_of(&plan, "Hal"),
                date(2026, 12, 4),
                "FREQ=WEEKLY;INTERVAL=2"
            ),
        ]
    );
    assert_eq!(check_in, TODAY, "before the first check-in, from today");
    for (id, start, _) in &mentors {
        assert!(*start >= TODAY);
        let mentor = plan.mentor(*id).unwrap();
        assert_eq!(mentor.status, Status::Active);
        assert_eq!(*start, mentor.due_date(TODAY).unwrap().max(TODAY));
    }
}

#[test]
fn the_check_in_event_starts_three_months_after_the_last_one_or_today() {
    let mut plan = Plan::default();
    plan.record_check_in(date(2026, 10, 1), "");
    assert_eq!(team_schedule(&plan, TODAY).1, date(2027, 1, 1));
    let mut late = Plan::default();
    late.record_check_in(date(2026, 1, 1), "");
    assert_eq!(team_schedule(&late, TODAY).1, TODAY, "1 April has passed");
    assert_eq!(rrule(Cadence::Quarterly), Some(CHECK_IN_RULE));
    assert_eq!(CHECK_IN_MONTHS, 3);
}

/// The team's calendar as the share screen makes it: one event per mentor and the check-in,
/// each with a UID from the plan's and the mentor's ids, never from the time.
fn team_file(plan: &Plan, today: Date, stamp: &str) -> String {
    let (mentors, check_in) = team_schedule(plan, today);
    let mut events: Vec<Event> = mentors
        .into_iter()
        .map(|(id, start, rule)| Event {
            uid: series_uid(3, id),
            start,
            rule: Some(rule),
            words: WORDS,
        })
        .collect();
    events.extend(plan.mentors.iter().filter_map(|m| step_event(3, m, WORDS)));
    events.push(Event {
        uid: "plan-3-check-in".into(),
        start: check_in,
        rule: Some(CHECK_IN_RULE),
        words: WORDS,
    });
    file(&events, stamp, "")
}

fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|line| line.strip_prefix(name))
        .collect()
}

#[test]
fn the_team_file_has_one_event_per_mentor_and_the_check_in() {
    let plan = team();
    let text = team_file(&plan, TODAY, "20261128T100000Z");
    let lines = unfold(&text);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(values(&lines, "BEGIN:VEVENT").len(), 5);
    assert_eq!(values(&lines, "END:VEVENT").len(), 5);
    assert_eq!(values(&lines, "BEGIN:VALARM").len(), 5);
    let [ana, bo, gus, hal] = ["Ana", "Bo", "Gus", "Hal"].map(|name| id_of(&plan, name).0);
    assert_eq!(
        values(&lines, "UID:"),
        [
            format!("plan-3-mentor-{ana}@multi-mentor-plan"),
            format!("plan-3-mentor-{bo}@multi-mentor-plan"),
            format!("plan-3-mentor-{gus}@multi-mentor-plan"),
            format!("plan-3-mentor-{hal}@multi-mentor-plan"),
            "plan-3-check-in@multi-mentor-plan".to_owned(),
        ]
    );
    assert_eq!(
        values(&lines, "DTSTART:"),
        [
            "20261201T090000",
            "20261128T090000",
            "20261128T090000",
            "20261204T090000",
            "20261128T090000",
        ]
    );
    assert_eq!(
        values(&lines, "RRULE:"),
        [
            "FREQ=MONTHLY",
            "FREQ=WEEKLY",
            "FREQ=MONTHLY;INTERVAL=3",
            "FREQ=WEEKLY;INTERVAL=2",
            CHECK_IN_RULE,
        ]
    );
    assert_eq!(values(&lines, "DTSTAMP:"), ["20261128T100000Z"; 5]);
    assert_eq!(values(&lines, "DURATION:"), ["PT30M"; 5]);
}

#[test]
fn making_the_team_file_again_keeps_every_uid() {
    let plan = team();
    let first = unfold(&team_file(&plan, TODAY, "20261128T100000Z"));
    let again = unfold(&team_file(&plan, date(2026, 12, 2), "20261202T080000Z"));
    assert_eq!(values(&first, "UID:"), values(&again, "UID:"));
    assert_ne!(values(&first, "DTSTAMP:"), values(&again, "DTSTAMP:"));
    let mut uids = values(&first, "UID:");
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), 5, "each event its own UID");
}

#[test]
fn a_next_step_with_a_date_is_an_event_on_that_day_with_the_same_uid_in_every_file() {
    let daniel = Mentor {
        step_due: Some(date(2026, 12, 9)),
        ..mentor(Cadence::Monthly, "Send the draft budget")
    };
    let own = unfold(&ics(&daniel, &WORDS, date(2026, 11, 29), "20261128T100000Z").unwrap());
    let again = unfold(&ics(&daniel, &WORDS, date(2026, 12, 2), "20261202T080000Z").unwrap());
    let uids = [
        "plan-3-mentor-7@multi-mentor-plan",
        "plan-3-mentor-7-step@multi-mentor-plan",
    ];
    assert_eq!(values(&own, "UID:"), uids);
    assert_eq!(
        values(&again, "UID:"),
        uids,
        "a new download updates, not adds"
    );
    assert_eq!(
        values(&own, "DTSTART:"),
        ["20261129T090000", "20261209T090000"]
    );
    assert_eq!(
        values(&own, "RRULE:"),
        ["FREQ=MONTHLY"],
        "the step's day does not repeat"
    );

    let team = Plan {
        mentors: vec![Mentor {
            status: Status::Active,
            ..daniel.clone()
        }],
        ..Plan::default()
    };
    let team = unfold(&team_file(&team, TODAY, "20261128T100000Z"));
    for uid in uids {
        assert!(
            values(&team, "UID:").contains(&uid),
            "{uid} in the team's file"
        );
    }
    let no_date = Mentor {
        step_due: None,
        ..daniel
    };
    assert_eq!(step_event(3, &no_date, WORDS).map(|e| e.uid), None);
}

#[test]
fn a_calendar_with_no_events_is_still_a_calendar() {
    let lines = unfold(&file(&[], "20261128T100000Z", ""));
    assert_eq!(
        lines,
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Multi-Mentor Plan//Reminders//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "END:VCALENDAR",
        ]
    );
}

#[test]
fn the_team_file_ends_lines_with_crlf_and_folds_them_at_75_octets() {
    let long = format!(
        "{} {}",
        "Mentorat \u{e9}t\u{e9} \u{1F600};".repeat(12),
        "x".repeat(90)
    );
    let words = Reminder {
        summary: &long,
        description: &long,
        alarm: "a",
    };
    let events: Vec<Event> = (0..3)
        .map(|i| Event {
            uid: format!("mentor-{i}"),
            start: TODAY,
            rule: Some(CHECK_IN_RULE),
            words,
        })
        .collect();
    let text = file(&events, "20261128T100000Z", "");
    assert!(text.ends_with("\r\n"));
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line feed ends a CRLF"
    );
    assert_eq!(text.matches('\r').count(), text.matches("\r\n").count());
    let physical: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        physical.iter().all(|line| line.len() <= 75),
        "folded at 75 octets"
    );
    assert!(
        physical.iter().any(|line| line.len() >= 72),
        "long lines are filled before they fold"
    );
    let folded = physical.iter().filter(|line| line.starts_with(' ')).count();
    assert!(folded > 6, "the long texts were folded");
    let escaped = long.replace(';', "\\;");
    let lines = unfold(&text);
    assert_eq!(values(&lines, "SUMMARY:"), [escaped.as_str(); 3]);
}

#[test]
fn a_footer_ends_every_events_description_after_a_blank_line_and_only_when_given() {
    let with_step = Reminder {
        summary: "Meet Amira",
        description: "Ask about the budget",
        alarm: "Meet Amira",
    };
    let without_step = Reminder {
        description: "",
        ..with_step
    };
    let events: Vec<Event> = [with_step, without_step]
        .into_iter()
        .map(|words| Event {
            uid: "mentor-1".to_owned(),
            start: TODAY,
            rule: None,
            words,
        })
        .collect();
    let descriptions = |footer: &str| -> Vec<String> {
        unfold(&file(&events, "20261128T100000Z", footer))
            .into_iter()
            .filter(|line| line.starts_with("DESCRIPTION:") && !line.contains("Meet Amira"))
            .collect()
    };
    assert_eq!(
        descriptions("Your plan: https://example.org/#s5.abc.mine"),
        [
            "DESCRIPTION:Ask about the budget\\n\\nYour plan: https://example.org/#s5.abc.mine",
            "DESCRIPTION:Your plan: https://example.org/#s5.abc.mine",
        ]
    );
    assert_eq!(
        descriptions(""),
        ["DESCRIPTION:Ask about the budget", "DESCRIPTION:"]
    );
}
