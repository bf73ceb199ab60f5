//! Calendar reminders: an iCalendar (RFC 5545) event that repeats at a mentor's cadence,
//! so a calendar app reminds the person of the next step without any server.

use crate::domain::date::Date;
use crate::domain::plan::{Cadence, Id, Mentor, Plan};

/// The repeat rule for a cadence; none for "not decided" and "when needed".
pub fn rrule(cadence: Cadence) -> Option<&'static str> {
    match cadence {
        Cadence::Weekly => Some("FREQ=WEEKLY"),
        Cadence::EveryTwoWeeks => Some("FREQ=WEEKLY;INTERVAL=2"),
        Cadence::Monthly => Some("FREQ=MONTHLY"),
        Cadence::Quarterly => Some("FREQ=MONTHLY;INTERVAL=3"),
        Cadence::NotSet | Cadence::AsNeeded => None,
    }
}

/// True when a mentor has what a repeating reminder needs: a next step and a cadence.
pub fn can_remind(mentor: &Mentor) -> bool {
    !mentor.next_step.trim().is_empty() && rrule(mentor.cadence).is_some()
}

/// The words of one reminder, written by the caller from the content catalogue.
#[derive(Clone, Copy)]
pub struct Reminder<'a> {
    pub summary: &'a str,
    pub description: &'a str,
    pub alarm: &'a str,
}

/// The UID of a mentor's series of meetings in the plan `plan_id`: the same in every file
/// that holds it, the team's and the mentor's own, and each time a file is made.
pub fn series_uid(plan_id: u32, mentor: Id) -> String {
    format!("plan-{plan_id}-mentor-{}", mentor.0)
}

/// A mentor's series of meetings from `start`, repeating at their cadence; none if the mentor
/// has no next step or no repeating cadence.
pub fn series<'a>(
    plan_id: u32,
    mentor: &Mentor,
    words: Reminder<'a>,
    start: Date,
) -> Option<Event<'a>> {
    if !can_remind(mentor) {
        return None;
    }
    Some(Event {
        uid: series_uid(plan_id, mentor.id),
        start,
        rule: rrule(mentor.cadence),
        words,
    })
}

/// The day a mentor's next step is due, as an event of its own; none without a step and
/// its date.
pub fn step_event<'a>(plan_id: u32, mentor: &Mentor, words: Reminder<'a>) -> Option<Event<'a>> {
    let due = mentor.step_due?;
    if mentor.next_step.trim().is_empty() {
        return None;
    }
    Some(Event {
        uid: format!("{}-step", series_uid(plan_id, mentor.id)),
        start: due,
        rule: None,
        words,
    })
}

/// One event of a calendar file: a series, or a single day.
pub struct Event<'a> {
    /// Unique to the event, and the same each time the file is made, so that importing the
    /// file again updates the event instead of adding it twice.
    pub uid: String,
    pub start: Date,
    /// How it repeats; none for a single day.
    pub rule: Option<&'static str>,
    pub words: Reminder<'a>,
}

/// The timing of the team's calendar: each active mentor who meets at a set pace, from the
/// day they are next due (today, if that day has passed), and a check-in every three months
/// from the next one due (today, before the first).
pub fn team_schedule(plan: &Plan, today: Date) -> (Vec<(Id, Date, &'static str)>, Date) {
    let mentors = plan
        .mentors
        .iter()
        .filter_map(|mentor| {
            let due = mentor.due_date(today)?;
            Some((mentor.id, due.max(today), rrule(mentor.cadence)?))
        })
        .collect();
    let check_in = plan.next_check_in().map_or(today, |next| next.max(today));
    (mentors, check_in)
}

/// The rule of the check-in's event.
pub const CHECK_IN_RULE: &str = "FREQ=MONTHLY;INTERVAL=3";

/// An .ics file of these events, each at 9:00 on its start day (the person's local time),
/// lasting 30 minutes, with an alarm 15 minutes before. `stamp` is the current UTC time as
/// `YYYYMMDDTHHMMSSZ`. `footer`, unless empty, ends every event's description after a blank
/// line (the link that brings the plan back, when the person asks for it).
pub fn file(events: &[Event], stamp: &str, footer: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Multi-Mentor Plan//Reminders//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        let Date { year, month, day } = event.start;
        let mut description = event.words.description.to_owned();
        if !footer.is_empty() {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(footer);
        }
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@multi-mentor-plan", event.uid),
            format!("DTSTAMP:{stamp}"),
            format!("LAST-MODIFIED:{stamp}"),
            format!("DTSTART:{year:04}{month:02}{day:02}T090000"),
            "DURATION:PT30M".to_owned(),
        ]);
        lines.extend(event.rule.map(|rule| format!("RRULE:{rule}")));
        lines.extend([
            format!("SUMMARY:{}", escape(event.words.summary)),
            format!("DESCRIPTION:{}", escape(&description)),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            "TRIGGER:-PT15M".to_owned(),
            format!("DESCRIPTION:{}", escape(event.words.alarm)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

/// Escapes text values (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
